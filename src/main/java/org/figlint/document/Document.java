package org.figlint.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A loaded document. {@code text} is the original text (decoded, BOM removed) and
 * {@code analysed} the text the extractor reads: the same length, with what is not prose (a
 * date header, markup) blanked out by spaces, so that offsets in one are offsets in the other.
 * {@code path} is the path as the user gave it, with forward slashes.
 */
public record Document(String path, String text, String analysed, LocalDate date, String title) {
  public Document {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(analysed, "analysed");
    if (analysed.length() != text.length()) {
      throw new IllegalArgumentException("analysed text must keep the original offsets");
    }
  }

  public static Document plain(String path, String text, LocalDate date) {
    return new Document(path, text, text, date, null);
  }

  public LineMap lines() {
    return new LineMap(text);
  }
}
