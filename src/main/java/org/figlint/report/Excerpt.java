package org.figlint.report;

import org.figlint.document.Window;

/**
 * The part of a source line printed above the carets of a finding, and the carets. A line of up
 * to {@link #WIDTH} UTF-16 units is shown whole. A longer one (a paragraph kept on one line, a
 * file without line breaks) is cut to about that many units around the span ({@link Window}),
 * from up to {@link #BEFORE} units before it, with "…" where the line goes on, as compilers cut
 * long lines to the width of a terminal. Printing whole lines made the report grow with the square of a line's
 * length: 833 findings on one line of 25,000 characters wrote 31 MB.
 */
record Excerpt(String text, String caret) {

  /** The longest line shown whole, and about the most of a line shown. */
  static final int WIDTH = 200;

  /** How much of the line before the span is shown, at most, when the line is cut. */
  static final int BEFORE = 80;

  private static final String MORE = "…";

  /**
   * The excerpt of {@code line} for the span from 1-based {@code startColumn} to {@code
   * endColumn} (end exclusive; past the line's end, to its end).
   */
  static Excerpt of(String line, int startColumn, int endColumn) {
    if (line.length() <= WIDTH) {
      return new Excerpt(line, Caret.under(line, startColumn, endColumn));
    }
    int start = Window.outsidePair(line,
        Math.min(Math.max(startColumn - 1, 0), line.length()), -1);
    int end = Math.min(Math.max(endColumn - 1, start), line.length());
    Window w = Window.around(line, 0, line.length(), start, end, WIDTH, BEFORE);
    int from = w.from();
    int to = w.to();
    String before = from > 0 ? MORE : "";
    String shown = before + line.substring(from, to);
    int shift = before.length() - from;
    // Columns past the cut stop at the end of what is shown, as past the end of a line.
    long caretEnd = endColumn > to + 1 ? (long) to + 1 + shift : (long) endColumn + shift;
    String caret = Caret.under(shown, start + 1 + shift,
        (int) Math.min(Integer.MAX_VALUE, caretEnd));
    return new Excerpt(to < line.length() ? shown + MORE : shown, caret);
  }
}
