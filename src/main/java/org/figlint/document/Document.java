package org.figlint.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A loaded document. {@code text} is the original text (decoded, BOM removed) and
 * {@code analysed} the text the extractor reads. For plain text and Markdown, {@code analysed}
 * has the same length as {@code text}, with what is not prose (a date header, markup, code)
 * blanked out by spaces, so that offsets in one are offsets in the other. For HTML it is the
 * visible text with character references decoded, and {@code offsets} leads each of its offsets
 * back to the original: every position shown to a user goes through {@link #originalOffset} and
 * {@link #originalEnd}. {@code comments} are the markup's comments (suppression directives).
 * {@code path} is the path as the user gave it, with forward slashes.
 */
public record Document(String path, String text, String analysed, LocalDate date, String title,
    OffsetMap offsets, List<Comment> comments) {
  public Document {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(analysed, "analysed");
    offsets = offsets == null ? OffsetMap.IDENTITY : offsets;
    comments = comments == null ? List.of() : List.copyOf(comments);
    if (offsets.isIdentity() && analysed.length() != text.length()) {
      throw new IllegalArgumentException("analysed text must keep the original offsets");
    }
    if (!offsets.isIdentity() && (offsets.analysedLength() != analysed.length()
        || offsets.originalLength() != text.length())) {
      throw new IllegalArgumentException("offset map does not fit the texts");
    }
  }

  /** A document whose analysed text keeps the original offsets, without comments. */
  public Document(String path, String text, String analysed, LocalDate date, String title) {
    this(path, text, analysed, date, title, OffsetMap.IDENTITY, List.of());
  }

  public static Document plain(String path, String text, LocalDate date) {
    return new Document(path, text, text, date, null);
  }

  /** The same document with another date. */
  public Document withDate(LocalDate newDate) {
    return new Document(path, text, analysed, newDate, title, offsets, comments);
  }

  /** The original offset of the analysed char at {@code analysedOffset}. */
  public int originalOffset(int analysedOffset) {
    return offsets.originalOffset(analysedOffset);
  }

  /** The original offset that ends an analysed span ending (exclusive) at {@code analysedEnd}. */
  public int originalEnd(int analysedEnd) {
    return offsets.originalEnd(analysedEnd);
  }

  /** The original text of the analysed span [start, end). */
  public String originalText(int start, int end) {
    int s = originalOffset(start);
    int e = end <= start ? s : Math.max(s, originalEnd(end));
    return text.substring(s, e);
  }

  /** Lines and columns of the original text. */
  public LineMap lines() {
    return new LineMap(text);
  }
}
