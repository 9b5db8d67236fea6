package org.figlint.claim;

import java.time.LocalDate;
import java.util.Set;
import org.figlint.rule.EntityKind;
import org.figlint.value.DateInterval;
import org.figlint.value.Value;

/**
 * A claim of a document of the run, kept for the comparisons across documents once the
 * document itself is let go: what the same-fact comparison reads, and where the figure was
 * written in the original file. {@code document} tells the documents of one run apart;
 * {@code sentence} indexes the sentences of its document. The sets are shared between claims
 * that have the same ones ({@link #of}), so that a large run keeps little per claim.
 */
public record RunClaim(
    int document, String documentPath, LocalDate documentDate, Value value, String text,
    int offset, int sentence, String predicate, Set<String> entities, Set<String> subject,
    Set<EntityKind> subjectKinds, DateInterval time, boolean listed, int line, int column,
    int endLine, int endColumn, String snippet)
    implements Statement {

  /** Shares equal sets between the claims of a run. */
  public interface Sets {
    <T> Set<T> shared(Set<T> set);

    /** No sharing: each claim keeps its own sets. */
    Sets NONE = new Sets() {
      @Override
      public <T> Set<T> shared(Set<T> set) {
        return set;
      }
    };
  }

  /**
   * The kept form of a claim of an analysed document, {@code document} telling it apart, whose
   * document counts as published on {@code published} (its own date, or the date a run gives
   * the documents that have none).
   */
  public static RunClaim of(Claim claim, int document, LocalDate published, Sets sets) {
    AnalysedDocument doc = claim.document();
    AnalysedDocument.OriginalSpan at =
        doc.original(claim.mention().start(), claim.mention().end());
    String text = claim.text();
    return new RunClaim(document, doc.path(), published, claim.value(), text,
        claim.mention().start(), claim.sentence(), claim.predicate(),
        sets.shared(claim.entities()), sets.shared(claim.subject()),
        sets.shared(claim.subjectKinds()), claim.time(), claim.listed(), at.start().line(),
        at.start().column(), at.end().line(), at.end().column(),
        at.text().equals(text) ? text : at.text());
  }

  @Override
  public boolean sameDocument(Statement other) {
    return other instanceof RunClaim c && c.document == document;
  }

  @Override
  public boolean sameSentence(Statement other) {
    return other instanceof RunClaim c && c.document == document && c.sentence == sentence;
  }
}
