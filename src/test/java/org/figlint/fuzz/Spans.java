package org.figlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.figlint.parse.Mention;

/** What every list of mentions must satisfy, whatever the text. */
final class Spans {
  private Spans() {}

  /**
   * Each mention has a value and a non-empty span inside {@code text}, not cutting a surrogate
   * pair, whose text is the text's own; mentions come in order without overlapping.
   */
  static void assertValid(String text, List<Mention> mentions) {
    int previousEnd = 0;
    for (Mention m : mentions) {
      assertNotNull(m.value(), m::toString);
      assertNotNull(m.kind(), m::toString);
      assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(),
          () -> "span outside the text (" + text.length() + " chars): " + m);
      assertTrue(m.start() >= previousEnd, () -> "mentions overlap or go backwards: " + m);
      assertEquals(text.substring(m.start(), m.end()), m.text(), m::toString);
      assertFalse(splitsPair(text, m.start()) || splitsPair(text, m.end()),
          () -> "span cuts a surrogate pair: " + m);
      previousEnd = m.end();
    }
  }

  private static boolean splitsPair(String text, int offset) {
    return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }
}
