package org.figlint.report;

/**
 * Builds the line of carets printed under an excerpt. Columns are UTF-16 units; the caret line
 * counts terminal cells instead, so it lines up under what the reader sees: tabs are copied,
 * combining marks and invisible format characters take no cell, wide characters (CJK, most emoji)
 * take two.
 */
final class Caret {

  private Caret() {}

  /**
   * The caret line under {@code line} for the span from {@code startColumn} to {@code endColumn}
   * (1-based, end exclusive; an end past the line stops at its end). Never empty: an empty span
   * gets one caret.
   */
  static String under(String line, int startColumn, int endColumn) {
    int start = startOfCodePoint(line, Math.min(Math.max(startColumn - 1, 0), line.length()));
    int end = Math.min(Math.max(endColumn - 1, start), line.length());
    var caret = new StringBuilder();
    for (int i = 0; i < start; ) {
      int cp = line.codePointAt(i);
      caret.append(cp == '\t' ? "\t" : " ".repeat(width(cp)));
      i += Character.charCount(cp);
    }
    int cells = 0;
    for (int i = start; i < end; ) {
      int cp = line.codePointAt(i);
      cells += cp == '\t' ? 1 : width(cp);
      i += Character.charCount(cp);
    }
    return caret.append("^".repeat(Math.max(1, cells))).toString();
  }

  private static int startOfCodePoint(String line, int index) {
    boolean insidePair =
        index > 0
            && index < line.length()
            && Character.isLowSurrogate(line.charAt(index))
            && Character.isHighSurrogate(line.charAt(index - 1));
    return insidePair ? index - 1 : index;
  }

  /** Terminal cells taken by {@code cp}: 0, 1 or 2. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F680 && cp <= 0x1F6FF)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x1FA70 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
