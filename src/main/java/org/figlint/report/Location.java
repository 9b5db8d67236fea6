package org.figlint.report;

import java.util.Objects;

/**
 * A span in an original file: 1-based lines and columns, columns in UTF-16 code units, end
 * exclusive (as SARIF and LSP count). {@code file} is the path as the user gave it, with forward
 * slashes. {@code snippet} is the original text of the span; {@code message} explains a related
 * location (may be null for the primary one).
 */
public record Location(
    String file, int startLine, int startColumn, int endLine, int endColumn, String snippet,
    String message) {
  public Location {
    Objects.requireNonNull(file, "file");
    if (startLine < 1 || startColumn < 1 || endLine < startLine) {
      throw new IllegalArgumentException("bad location " + startLine + ":" + startColumn);
    }
  }

  public Location withMessage(String text) {
    return new Location(file, startLine, startColumn, endLine, endColumn, snippet, text);
  }
}
