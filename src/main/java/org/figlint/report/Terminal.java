package org.figlint.report;

/**
 * Text of a document as it is safe to print on a terminal. A document can hold control
 * characters, and printed as they are, escape sequences among them would recolour the report,
 * move the cursor or retitle the window ("\u001b]0;…\u0007"). Each control character but the tab
 * is shown as its symbol instead (␛ for escape, ␡ for delete, U+FFFD for the C1 controls): one
 * UTF-16 unit and one terminal cell for one, so that columns and carets stay where they were.
 */
public final class Terminal {
  private Terminal() {}

  /** {@code text} with its control characters other than tab shown as symbols. */
  public static String visible(String text) {
    int i = 0;
    while (i < text.length() && !shownAsSymbol(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text; // the common case: nothing to replace, nothing copied
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(shownAsSymbol(c) ? symbol(c) : c);
    }
    return out.toString();
  }

  private static boolean shownAsSymbol(char c) {
    return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F;
  }

  /** The control pictures of Unicode for C0 and delete; the replacement character for C1. */
  private static char symbol(char c) {
    if (c < 0x20) {
      return (char) (0x2400 + c);
    }
    return c == 0x7F ? '\u2421' : '\uFFFD';
  }
}
