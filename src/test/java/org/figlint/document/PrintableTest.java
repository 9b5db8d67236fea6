package org.figlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void textWithoutControlCharactersIsLeftAsItIs() {
    String text = "Le 14 mars 2025,\tla société a levé 15\u202FM€ « selon l’AFP » 😀";
    assertSame(text, Printable.visible(text));
  }

  @Test
  void controlCharactersBecomeTheirSymbols() {
    assertEquals("\u241B[31mrouge\u241B[0m \u241B]0;titre\u2407 a\u240Bb \u2421 \uFFFD\uFFFD\tc",
        Printable.visible("\u001B[31mrouge\u001B[0m \u001B]0;titre\u0007 a\u000Bb \u007F \u0080\u009F\tc"));
    assertEquals("\u2400\u240A\u240D", Printable.visible("\u0000\n\r"));
  }

  @Test
  void oneLineTurnsBreaksAndControlsIntoSingleSpaces() {
    assertEquals("a b c d e", Printable.oneLine(" a\r\nb\u0085\u2028c\u001B\u0007 d\t\te "));
    assertEquals("", Printable.oneLine(null));
  }

  @Test
  void eachCharacterKeepsItsPlaceAndOnlyControlsChange() {
    Random random = new Random(3);
    for (int t = 0; t < 2_000; t++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (random.nextBoolean() ? random.nextInt(0xA0) : random.nextInt(0x10000));
      }
      String text = new String(chars);
      String shown = Printable.visible(text);
      assertEquals(text.length(), shown.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        char s = shown.charAt(i);
        boolean control = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F;
        assertEquals(!control, c == s, () -> "U+" + Integer.toHexString(c));
        assertTrue(!Character.isISOControl(s) || s == '\t');
      }
    }
  }
}
