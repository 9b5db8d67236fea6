package org.figlint.parse;

/**
 * Converts ANTLR's code-point indices into Java's UTF-16 indices. Text without supplementary
 * characters (emoji, rare CJK) needs no table.
 */
final class Utf16Map {
  /** The map of a text without supplementary characters: indices are the same. */
  static final Utf16Map IDENTITY = new Utf16Map(null);

  private final int[] utf16;

  private Utf16Map(int[] utf16) {
    this.utf16 = utf16;
  }

  static Utf16Map of(String text) {
    boolean supplementary = false;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))) {
        supplementary = true;
        break;
      }
    }
    if (!supplementary) {
      return IDENTITY;
    }
    int codePoints = text.codePointCount(0, text.length());
    int[] map = new int[codePoints + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); ) {
      map[cp++] = i;
      i += Character.charCount(text.codePointAt(i));
    }
    map[cp] = text.length();
    return new Utf16Map(map);
  }

  int utf16(int codePointIndex) {
    return utf16 == null ? codePointIndex : utf16[codePointIndex];
  }
}
