package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.figlint.document.LineMap;
import org.junit.jupiter.api.Test;

/**
 * A finding's message goes under the line its span ends on, after that line's break (LF, CRLF
 * or CR): found in the line map, it is where reading the text from the span's end to the next
 * break puts it.
 */
class HtmlMessagePlaceTest {

  @Test
  void afterTheLineAsReadingTheTextFindsIt() {
    Random random = new Random(11);
    String[] pieces = {"a", "12 %", " ", "\n", "\r\n", "\r", "é", "📈"};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int size = random.nextInt(40);
      for (int i = 0; i < size; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      LineMap lines = new LineMap(text);
      for (int end = 0; end <= text.length(); end++) {
        assertEquals(read(text, end), TextMarkup.afterLine(lines, end, text.length()),
            "end " + end + " in " + text.replace("\r", "\\r").replace("\n", "\\n"));
      }
    }
  }

  /** The place as the report found it before, reading the text. */
  private static int read(String text, int from) {
    int length = text.length();
    int end = from;
    while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    if (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
      end++;
    }
    return Math.min(length, end + 1);
  }
}
