package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.figlint.value.DateInterval;
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

  /**
   * Numbers beyond 2^31 in date phrases: 2^32 + 3 has the int value 3, which once let "d’ici
   * 4294967299 ans" through a limit of 1,000 years to a date no calendar holds (an exception
   * out of the extractor), and "les années 4294969286" pass for the 1990s.
   */
  @Test
  void numbersBeyondAnIntAreNotTakenForSmallOnesInDates() {
    LocalDate reference = LocalDate.of(2025, 3, 10);
    for (String huge : List.of("4294967299", "4294968296", "9223372036854775808",
        "5059213639211288584", "18446744073709551619")) {
      for (String phrase : List.of("d’ici " + huge + " ans", "d'ici " + huge + " jours",
          "d’ici " + huge + " semaines", "d’ici " + huge + " mois", "dans " + huge + " ans",
          "il y a " + huge + " ans", "les années " + huge)) {
        String text = "Le projet aboutira " + phrase + ", selon Acme.";
        for (Mention m : extractor.extract(text, reference)) {
          if (m.value() instanceof DateInterval d) {
            assertFalse(d.start() != null && d.start().getYear() > 3000, () -> text + ": " + d);
            assertFalse(m.text().contains(huge), () -> text + ": " + m);
          }
        }
      }
    }
    List<Mention> three = extractor.extract("Le projet aboutira d’ici 3 ans.", reference);
    assertEquals(1, three.size());
    assertEquals(LocalDate.of(2028, 3, 10), ((DateInterval) three.get(0).value()).end());
    List<Mention> nineties = extractor.extract("Dans les années 1990, Acme grandit.", reference);
    assertEquals(LocalDate.of(1990, 1, 1), ((DateInterval) nineties.get(0).value()).start());
  }
}
