package org.figlint.parse;

/**
 * Converts the indices of a {@link TextStream} (code points, soft hyphens left out) into Java's
 * UTF-16 indices of the text. Text without supplementary characters (emoji, rare CJK) and soft
 * hyphens needs no table.
 */
final class Utf16Map {
  /** The map of a text without supplementary characters: indices are the same. */
  static final Utf16Map IDENTITY = new Utf16Map(null);

  private final int[] utf16;

  private Utf16Map(int[] utf16) {
    this.utf16 = utf16;
  }

  static Utf16Map of(String text) {
    boolean mapped = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) || c == TextStream.SOFT_HYPHEN) {
        mapped = true;
        break;
      }
    }
    if (!mapped) {
      return IDENTITY;
    }
    int[] map = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != TextStream.SOFT_HYPHEN) {
        map[cp++] = i;
      }
      i += Character.charCount(c);
    }
    map[cp] = text.length();
    return new Utf16Map(java.util.Arrays.copyOf(map, cp + 1));
  }

  /** The UTF-16 offset of the stream's index {@code codePointIndex}. */
  int utf16(int codePointIndex) {
    return utf16 == null ? codePointIndex : utf16[codePointIndex];
  }

  /**
   * The UTF-16 offset just after the stream's index {@code last}: a soft hyphen after the last
   * character of a figure stays out of its span.
   */
  int end(int last, String text) {
    if (utf16 == null) {
      return last + 1;
    }
    int at = utf16[last];
    return at + Character.charCount(text.codePointAt(at));
  }
}
