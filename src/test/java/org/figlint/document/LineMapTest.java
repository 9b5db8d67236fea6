package org.figlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines and columns of UTF-16 offsets, for \n, \r\n and \r, as editors count them. */
class LineMapTest {
  @Test
  void lineFeedsOnly() {
    LineMap map = new LineMap("Le 3 mai\nà Paris,\n\n12 %\n");
    assertEquals(5, map.lineCount());
    assertEquals(new Position(1, 1), map.position(0));
    assertEquals(new Position(2, 1), map.position(9));
    assertEquals(new Position(2, 3), map.position(11));
    assertEquals(new Position(3, 1), map.position(18));
    assertEquals(new Position(4, 4), map.position(22));
    assertEquals("à Paris,", map.line(2));
    assertEquals("", map.line(3));
    assertEquals(11, map.offset(2, 3));
  }

  @Test
  void carriageReturnsAloneOrBeforeALineFeed() {
    LineMap map = new LineMap("un\r\ndeux\rtrois\n\r\nquatre");
    assertEquals(5, map.lineCount());
    assertEquals("un", map.line(1));
    assertEquals("deux", map.line(2));
    assertEquals("trois", map.line(3));
    assertEquals("", map.line(4));
    assertEquals("quatre", map.line(5));
    assertEquals(new Position(2, 1), map.position(4));
    assertEquals(new Position(5, 2), map.position(18));
  }

  @Test
  void emptyTextAndTextWithoutBreaks() {
    assertEquals(1, new LineMap("").lineCount());
    LineMap one = new LineMap("15\u00A0M€");
    assertEquals(1, one.lineCount());
    assertEquals(new Position(1, 5), one.position(4));
  }

  /** Against a character-by-character count, on random texts of breaks and letters. */
  @Test
  void agreesWithCountingEveryCharacter() {
    Random random = new Random(5);
    char[] alphabet = {'a', 'é', '\n', '\r', ' ', '\u202F'};
    for (int round = 0; round < 500; round++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(round % 2 == 0 ? alphabet.length : 3)];
      }
      String text = new String(chars);
      LineMap map = new LineMap(text);
      int line = 1;
      int column = 1;
      for (int i = 0; i <= text.length(); i++) {
        assertEquals(new Position(line, column), map.position(i), text + " at " + i);
        if (i == text.length()) {
          break;
        }
        char c = text.charAt(i);
        boolean breaks = c == '\n'
            || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
        if (breaks) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      assertEquals(line, map.lineCount());
    }
  }
}
