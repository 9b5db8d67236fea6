package org.figlint.claim;

import java.util.Set;
import org.figlint.parse.Mention;
import org.figlint.rule.EntityKind;
import org.figlint.value.DateInterval;

/**
 * A mention bound to its subject: the predicate class of its clause (null when none), the
 * canonical names of the entities it is about, its subject (those entities that are not
 * places: a country or a city alone says where, not who), the kinds of those subject entities,
 * and its time context (an explicit date of its clause; null when none). {@code sentence}
 * indexes the document's sentences.
 */
public record Claim(
    AnalysedDocument document, Mention mention, int sentence, String predicate,
    Set<String> entities, Set<String> subject, Set<EntityKind> subjectKinds, DateInterval time) {

  /** True when this claim can be compared with claims of other sentences of its document. */
  public boolean comparable() {
    return predicate != null && !subject.isEmpty();
  }

  /**
   * True when this claim can be compared across documents: its subject names an organization,
   * a product, a plan or an event, not only people (whose figures change from day to day).
   */
  public boolean comparableAcrossDocuments() {
    return comparable()
        && (subjectKinds.contains(EntityKind.ORGANIZATION) || subjectKinds.contains(EntityKind.PRODUCT)
            || subjectKinds.contains(EntityKind.PLAN) || subjectKinds.contains(EntityKind.EVENT));
  }
}
