package org.figlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowTest {

  @Test
  void aShortRangeIsTakenWhole() {
    String text = "avant | Apple a levé 15 millions d’euros | après";
    assertEquals(new Window(8, 40), Window.around(text, 8, 40, 21, 32, 32, 10));
    assertEquals(new Window(0, text.length()),
        Window.around(text, 0, text.length(), 0, 0, 1000, 400));
  }

  @Test
  void aLongRangeIsCutBetweenWordsAroundTheSpan() {
    String text = "mot ".repeat(100) + "Apple a levé 15 millions d’euros " + "mot ".repeat(100);
    int start = text.indexOf("15 millions");
    int end = start + "15 millions d’euros".length();
    Window w = Window.around(text, 0, text.length(), start, end, 100, 40);
    assertTrue(w.from() <= start && end <= w.to(), w.toString());
    assertTrue(w.to() - w.from() <= 100, w.toString());
    assertTrue(start - w.from() <= 40, w.toString());
    assertEquals(' ', text.charAt(w.from() - 1), "cut after a space");
    assertEquals(' ', text.charAt(w.to()), "cut at a space");
  }

  @Test
  void aSpanNearAnEndTakesTheRoomTheOtherSideLeaves() {
    String text = "mot ".repeat(500);
    Window last = Window.around(text, 100, 1900, 1890, 1894, 200, 80);
    assertEquals(1900, last.to());
    assertTrue(last.from() >= 1700 && last.from() <= 1716, last.toString());
    Window first = Window.around(text, 100, 1900, 100, 104, 200, 80);
    assertEquals(100, first.from());
    assertTrue(first.to() <= 300 && first.to() >= 284, first.toString());
  }

  @Test
  void badRangesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Window.around("abc", 2, 1, 0, 0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> Window.around("abc", 0, 4, 0, 0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> Window.around("abc", 0, 3, 0, 0, 0, 1));
  }

  /**
   * On random texts of words, spaces and emoji, ranges and spans (some outside the range): the
   * window lies in the range, is no wider than asked, holds the span's start when the range is
   * cut, and never cuts between the two halves of a pair.
   */
  @Test
  void randomWindowsStayInTheirRangeAndBounds() {
    Random random = new Random(7);
    String[] pieces = {"a", "mot", " ", "😀", "é", "  ", "millions"};
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(400);
      for (int i = 0; i < words; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      int lo = random.nextInt(text.length() + 1);
      int hi = lo + random.nextInt(text.length() - lo + 1);
      int start = random.nextInt(text.length() + 20) - 10;
      int end = start + random.nextInt(30);
      int width = 1 + random.nextInt(120);
      int before = random.nextInt(width + 1);
      Window w = Window.around(text, lo, hi, start, end, width, before);
      String at = text + " [" + lo + ", " + hi + ") " + start + " " + width + " " + before
          + " -> " + w;
      assertTrue(lo <= w.from() && w.to() <= hi, at);
      assertTrue(w.to() - w.from() <= width, at);
      if (hi - lo > width) {
        int s = Math.min(Math.max(start, lo), hi);
        assertTrue(w.from() <= s, at);
        // The range's own ends are the caller's; the cuts are the window's.
        assertTrue(w.from() == lo || !splitsPair(text, w.from()), at);
        assertTrue(w.to() == hi || !splitsPair(text, w.to()), at);
      } else {
        assertEquals(new Window(lo, hi), w, at);
      }
    }
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1));
  }
}
