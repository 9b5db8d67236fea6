package org.figlint.document;

import java.util.Arrays;

/** Maps UTF-16 offsets of a text to 1-based lines and columns (\n, \r\n and \r end lines). */
public final class LineMap {
  private final String text;
  private final int[] lineStarts;

  public LineMap(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    boolean returns = text.indexOf('\r') >= 0;
    for (int i = lineEnd(text, 0, returns); i >= 0; i = lineEnd(text, i + 1, returns)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /**
   * The index of the first character from {@code from} that ends a line, or -1. Without
   * carriage returns in the text, the common case, String.indexOf finds line feeds faster than
   * a loop looks at each character.
   */
  private static int lineEnd(String text, int from, boolean returns) {
    if (!returns) {
      return text.indexOf('\n', from);
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        return i;
      }
    }
    return -1;
  }

  public Position position(int offset) {
    int idx = Arrays.binarySearch(lineStarts, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    return new Position(line + 1, offset - lineStarts[line] + 1);
  }

  /**
   * The UTF-16 offset of a 1-based line and column (the inverse of {@link #position}), clamped
   * to the text: a column past the end of its line stays on that line's end.
   */
  public int offset(int line, int column) {
    if (line < 1) {
      return 0;
    }
    if (line > lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line - 1];
    int next = line < lineStarts.length ? lineStarts[line] : text.length();
    return Math.min(start + Math.max(column, 1) - 1, next);
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The text of a 1-based line, without its line break. */
  public String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }
}
