package org.figlint.review;

import java.time.LocalDate;
import java.util.Objects;
import org.figlint.document.DocumentFormat;

/**
 * A text to review: the path it is shown under (also the key of its findings), its content, its
 * format, and its date when the caller knows it (null: the text's own date header, else the
 * project's reference date).
 */
public record Source(String path, String text, DocumentFormat format, LocalDate date) {
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
  }

  /** A text whose format is chosen by its path's extension. */
  public static Source of(String path, String text) {
    return new Source(path, text, DocumentFormat.of(path), null);
  }
}
