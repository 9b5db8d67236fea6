package org.figlint.claim;

import java.time.LocalDate;
import java.util.Set;
import org.figlint.parse.Mention;
import org.figlint.rule.EntityKind;
import org.figlint.value.DateInterval;
import org.figlint.value.Value;

/**
 * A mention bound to its subject: the predicate class of its clause (null when none), the
 * canonical names of the entities it is about, its subject (those entities that are not
 * places: a country or a city alone says where, not who), the kinds of those subject entities,
 * and its time context (an explicit date of its clause; null when none). {@code sentence}
 * indexes the document's sentences.
 */
public record Claim(
    AnalysedDocument document, Mention mention, int sentence, String predicate,
    Set<String> entities, Set<String> subject, Set<EntityKind> subjectKinds, DateInterval time)
    implements Statement {

  @Override
  public Value value() {
    return mention.value();
  }

  @Override
  public String text() {
    return mention.text();
  }

  @Override
  public LocalDate documentDate() {
    return document.date();
  }

  @Override
  public String documentPath() {
    return document.path();
  }

  @Override
  public int offset() {
    return mention.start();
  }

  @Override
  public boolean listed() {
    return document.mentionCount(sentence, mention.kind()) >= 3;
  }

  @Override
  public boolean sameDocument(Statement other) {
    return other instanceof Claim c && c.document == document;
  }

  @Override
  public boolean sameSentence(Statement other) {
    return other instanceof Claim c && c.document == document && c.sentence == sentence;
  }
}
