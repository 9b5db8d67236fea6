package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run of digits longer than any figure (a code, noise, a file of digits) is no number: its
 * value would cost time that grows with the square of its length, and nobody writes an amount,
 * a count or a rate with more than {@link Numbers#MAX_DIGITS} digits.
 */
class LongNumbersTest {
  private final Extractor extractor = Extractor.create();

  @Test
  void fortyDigitsMakeANumberAndFortyOneDoNot() {
    String forty = "1".repeat(Numbers.MAX_DIGITS);
    assertEquals(new BigDecimal(forty), Numbers.digits(forty));
    assertNull(Numbers.digits(forty + "1"));
  }

  @Test
  void digitsAreCountedNotCharacters() {
    // 40 digits with a decimal comma, and 40 in groups of three: 53 characters.
    assertEquals(new BigDecimal("1".repeat(39) + ".5"), Numbers.digits("1".repeat(39) + ",5"));
    assertNull(Numbers.digits("1".repeat(39) + ",55"));
    String grouped = "1" + "\u202F111".repeat(13);
    assertEquals(new BigDecimal("1".repeat(40)), Numbers.digits(grouped));
    assertNull(Numbers.digits(grouped + "\u202F111"));
    assertNull(Numbers.digits("1" + ".111".repeat(20)));
    assertNull(Numbers.digits("1," + "1".repeat(1_000_000)));
  }

  @Test
  void aRunOfDigitsTooLongForAFigureIsNoMentionAndTheOthersStay() {
    String code = "9".repeat(60);
    String text = "Il a levé 15 millions d’euros le 3 mars 2024 (référence " + code
        + " €), puis -" + code + " et " + code + " %. Le fonds pèse 1 200 000 000 000 €.";
    List<String> found = extractor.extract(text, null).stream().map(Mention::text).toList();
    assertEquals(List.of("15 millions d’euros", "3 mars 2024", "1 200 000 000 000 €"), found);
  }

  @Test
  void aFileOfDigitsHasNoMention() {
    assertEquals(List.of(), extractor.extract("7".repeat(1_000_000), null));
    assertEquals(List.of(), extractor.extract("1" + " 111".repeat(250_000) + " €", null));
  }
}
