package org.figlint.report;

/**
 * Escapes text for XML 1.0 output. Characters XML 1.0 cannot hold (most control characters, lone
 * surrogates, U+FFFE and U+FFFF) become U+FFFD, so the output always parses.
 */
final class Xml {

  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private Xml() {}

  /** {@code text} for a double-quoted attribute value; tabs and line breaks survive parsing. */
  static String attribute(String text) {
    return escape(text, true);
  }

  /** {@code text} for element content; line feeds stay as they are. */
  static String text(String text) {
    return escape(text, false);
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\'' -> out.append(attribute ? "&apos;" : "'");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        default -> {
          if (allowed(c)) {
            out.appendCodePoint(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  /** True for the characters of XML 1.0 (tab, line feed and carriage return aside). */
  private static boolean allowed(int c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
