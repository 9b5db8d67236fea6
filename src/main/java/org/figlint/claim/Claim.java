package org.figlint.claim;

import java.util.Set;
import org.figlint.parse.Mention;
import org.figlint.value.DateInterval;

/**
 * A mention bound to its subject: the predicate class of its clause (null when none), the
 * canonical names of the entities it is about, and its time context (an explicit date of its
 * clause; null when none). {@code sentence} indexes the document's sentences.
 */
public record Claim(
    AnalysedDocument document, Mention mention, int sentence, String predicate,
    Set<String> entities, DateInterval time) {

  /** True when this claim can be compared with claims of other sentences. */
  public boolean comparable() {
    return predicate != null && !entities.isEmpty();
  }
}
