package org.figlint.document;

import java.util.regex.Pattern;

/**
 * Text of a document, or a message quoting one, as it is safe to print. A document can hold
 * control characters, and printed as they are, escape sequences among them would recolour a
 * report, move the cursor or retitle the window ("\u001b]0;…\u0007"). {@link #visible} shows
 * each control character but the tab as its symbol instead (␛ for escape, ␡ for delete, U+FFFD
 * for the C1 controls): one UTF-16 unit and one terminal cell for one, so that columns and carets
 * stay where they were. {@link #oneLine} is for a one-line error that quotes a file.
 */
public final class Printable {
  private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+");

  private Printable() {}

  /**
   * {@code text} on one line (null as empty): any run of spaces, control characters (which a
   * parser may quote from a file: NEL, ESC...) and line or paragraph separators becomes one
   * space, so that an error stays one line and prints nothing a terminal would act on.
   */
  public static String oneLine(String text) {
    return text == null ? "" : CONTROL_OR_SPACE.matcher(text).replaceAll(" ").strip();
  }

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
