package org.figlint.claim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.figlint.document.Window;
import org.figlint.rule.EntityKind;
import org.figlint.value.DateInterval;
import org.figlint.value.Value;

/**
 * A claim of a document kept in the archive: what the same-fact comparison needs, read back
 * without the document. {@code sentence} indexes the sentences of its document and
 * {@code sentenceText} is that sentence, or the part of it around the figure when the sentence
 * is longer than {@link #SENTENCE_WIDTH} ({@link #sentenceText(Claim)}); {@code span} is where
 * the figure was written.
 */
public record ArchivedClaim(
    String documentPath, LocalDate documentDate, Value value, String text, Span span,
    int sentence, String sentenceText, String predicate, Set<String> entities,
    Set<String> subject, Set<EntityKind> subjectKinds, DateInterval time, boolean listed)
    implements Statement {

  /**
   * Where a figure was written: UTF-16 offsets in its document (end exclusive), and the same
   * span as 1-based lines and columns.
   */
  public record Span(int start, int end, int line, int column, int endLine, int endColumn) {
    public Span {
      if (start < 0 || end < start || line < 1 || column < 1 || endLine < line) {
        throw new IllegalArgumentException("bad span " + line + ":" + column);
      }
    }
  }

  /**
   * The longest sentence kept whole, and about the most kept of a longer one: one in a hundred
   * sentences of real news is longer than 800 characters, one in two thousand than 1,400.
   */
  public static final int SENTENCE_WIDTH = 1000;

  /** How much of a longer sentence is kept before the figure, at most. */
  static final int SENTENCE_BEFORE = 400;

  private static final String MORE = "…";

  public ArchivedClaim {
    Objects.requireNonNull(documentPath, "documentPath");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subjectKinds, "subjectKinds");
  }

  /** The archived form of a claim of an analysed document. */
  public static ArchivedClaim of(Claim claim) {
    AnalysedDocument doc = claim.document();
    var original = doc.original(claim.mention().start(), claim.mention().end());
    var start = original.start();
    var end = original.end();
    Span span = new Span(claim.mention().start(), claim.mention().end(), start.line(),
        start.column(), end.line(), end.column());
    return new ArchivedClaim(doc.path(), doc.date(), claim.value(), claim.text(), span,
        claim.sentence(), sentenceText(claim), claim.predicate(),
        claim.entities(), claim.subject(), claim.subjectKinds(), timeOf(claim), claim.listed());
  }

  /**
   * The claim's sentence, without the spaces around it; a sentence longer than {@link
   * #SENTENCE_WIDTH} is cut to about that much around the figure ({@link Window}), with "…"
   * where it goes on. Keeping whole sentences made the archive's work grow with the square of a
   * sentence's length: every figure of a sentence of a million characters kept its own copy.
   */
  public static String sentenceText(Claim claim) {
    AnalysedDocument doc = claim.document();
    Sentence s = doc.sentences().get(claim.sentence());
    return Window.excerpt(doc.document().analysed(), s.start(), s.end(),
        claim.mention().start(), claim.mention().end(), SENTENCE_WIDTH, SENTENCE_BEFORE, MORE);
  }

  /** What the comparison reads of a time context: its interval and grain, when resolved. */
  private static DateInterval timeOf(Claim claim) {
    DateInterval t = claim.time();
    return t == null || !t.resolved() ? null : DateInterval.of(t.start(), t.end(), t.grain());
  }

  @Override
  public int offset() {
    return span.start();
  }

  @Override
  public boolean sameDocument(Statement other) {
    return other instanceof ArchivedClaim a && a.documentPath.equals(documentPath);
  }

  @Override
  public boolean sameSentence(Statement other) {
    return sameDocument(other) && ((ArchivedClaim) other).sentence == sentence;
  }
}
