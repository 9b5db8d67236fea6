package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaretTest {

  @Test
  void underASpanOfPlainText() {
    assertEquals("   ^^^", Caret.under("un 12% de plus", 4, 7));
  }

  @Test
  void nonBreakingSpaceTakesOneCell() {
    assertEquals("   ^^^^", Caret.under("un 12\u00a0% de plus", 4, 8));
  }

  @Test
  void emojiBeforeTheSpanTakesTwoCells() {
    // "📈" is two UTF-16 units and two terminal cells.
    assertEquals("   ^^", Caret.under("📈 12 %", 4, 6));
  }

  @Test
  void tabsBeforeTheSpanAreKept() {
    assertEquals("\t  \t^^", Caret.under("\tA:\t12 %", 5, 7));
  }

  @Test
  void combiningMarkTakesNoCell() {
    // "e" + U+0301 shows as one "é": four UTF-16 units before "12", three cells.
    assertEquals("   ^^", Caret.under("de\u0301 12", 5, 7));
  }

  @Test
  void spanPastTheEndStopsAtTheEnd() {
    assertEquals("  ^^", Caret.under("à 12", 3, Integer.MAX_VALUE));
  }

  @Test
  void emptySpanGetsOneCaret() {
    assertEquals("  ^", Caret.under("à 12", 3, 3));
    assertEquals("    ^", Caret.under("à 12", 5, 5));
  }

  @Test
  void columnInsideASurrogatePairStartsAtTheCharacter() {
    assertEquals("^^", Caret.under("📈 12", 2, 3));
  }
}
