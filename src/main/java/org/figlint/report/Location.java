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

  /**
   * Written out, as {@link Finding#equals}: a record's own equality is linked by invokedynamic
   * on first use, which spins classes at run time, during the start-up of a short run.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && startLine == l.startLine && startColumn == l.startColumn
        && endLine == l.endLine && endColumn == l.endColumn && file.equals(l.file)
        && Objects.equals(snippet, l.snippet) && Objects.equals(message, l.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, startLine, startColumn, endLine, endColumn, snippet, message);
  }

  public Location withMessage(String text) {
    return new Location(file, startLine, startColumn, endLine, endColumn, snippet, text);
  }
}
