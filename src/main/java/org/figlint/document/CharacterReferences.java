package org.figlint.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** HTML character references ({@code &nbsp;}, {@code &euro;}, {@code &#8217;}, {@code &#x20AC;}). */
final class CharacterReferences {
  /** A reference with its semicolon, as CommonMark requires. */
  private static final Pattern TERMINATED =
      Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");
  /** The longest run that may be a reference; HTML also reads some without semicolon. */
  private static final Pattern CANDIDATE =
      Pattern.compile("&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?");

  private CharacterReferences() {}

  /** The decoded terminated reference at {@code at} (before {@code limit}) and its length, or null. */
  static Decoded terminatedAt(String text, int at, int limit) {
    Matcher m = TERMINATED.matcher(text).region(at, limit);
    if (!m.lookingAt()) {
      return null;
    }
    String decoded = Parser.unescapeEntities(m.group(), false);
    return decoded.equals(m.group()) ? null : new Decoded(m.end() - at, decoded);
  }

  /**
   * The reference at {@code at} that decodes to the text expected at {@code expected[from]}, as
   * an HTML parser decoded it: the longest prefix of the candidate run that does. Null when the
   * ampersand is a literal one.
   */
  static Decoded matching(String text, int at, int limit, String expected, int from) {
    Matcher m = CANDIDATE.matcher(text).region(at, limit);
    if (!m.lookingAt()) {
      return null;
    }
    for (int end = m.end(); end > at + 1; end--) {
      String candidate = text.substring(at, end);
      String decoded = Parser.unescapeEntities(candidate, false);
      if (!decoded.equals(candidate) && !decoded.isEmpty() && expected.startsWith(decoded, from)) {
        return new Decoded(end - at, decoded);
      }
    }
    return null;
  }

  /** A decoded reference: how many original chars it takes, and what they decode to. */
  record Decoded(int length, String text) {}
}
