package org.figlint.report;

import java.nio.charset.StandardCharsets;

/** Turns the paths users give into URI references for SARIF (RFC 3986). */
final class Uris {

  private static final String HEX = "0123456789ABCDEF";

  /** Characters a path keeps as they are: unreserved, sub-delims, '@' and '/'. */
  private static final String KEPT = "-._~!$&'()*+,;=@/";

  private Uris() {}

  /**
   * The relative URI reference of {@code path}: backslashes become slashes, and every other
   * character outside the path characters of RFC 3986 (spaces, non-ASCII, '%', ':', '?', '#' ...)
   * is percent-encoded as UTF-8.
   */
  static String of(String path) {
    var uri = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isAsciiLetterOrDigit(c) || (c < 0x80 && KEPT.indexOf(c) >= 0)) {
        uri.append((char) c);
      } else {
        uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return uri.toString();
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
