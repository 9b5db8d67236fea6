package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.figlint.document.DocumentFormat;
import org.figlint.fuzz.Fragments;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.figlint.rule.ExchangeRates;
import org.figlint.value.DateInterval;
import org.junit.jupiter.api.Test;

/**
 * Every form of date the grammar reads, with the numbers in it at and beyond the edges (zero,
 * the largest day, year and count it takes, 2^31, 2^32 and 2^63 plus a little, forty digits),
 * against the earliest and latest reference dates the options take: extraction and the whole
 * review (with amounts, rates and counts of those numbers too) finish without an exception, and
 * every date found is an interval that ends no earlier than it starts.
 */
class ExtremeDatesTest {
  private static final List<String> NUMBERS = List.of("0", "00", "1", "29", "31", "32", "99",
      "100", "999", "1000", "1001", "1999", "2190", "9999", "10000", "2147483647", "2147483648",
      "4294967299", "9223372036854775809", "1" + "0".repeat(39));

  /** {N} is a number of the list above; {M} a second one. */
  private static final List<String> FORMS = Fragments.DATE_FORMS;

  private static final List<LocalDate> REFERENCES = Arrays.asList(null, LocalDate.of(0, 1, 1),
      LocalDate.of(1, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));

  private static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (String form : FORMS) {
      for (int i = 0; i < NUMBERS.size(); i++) {
        // Each number with itself and with a small and a large other: the product of all of
        // them would be 20 times as many texts for no other path.
        String far = NUMBERS.get((i + 7) % NUMBERS.size());
        for (String other : List.of(NUMBERS.get(i), "3", "2024", far)) {
          out.add("Acme l’annonce " + form.replace("{N}", NUMBERS.get(i)).replace("{M}", other)
              + ", selon le communiqué.");
        }
      }
    }
    return out;
  }

  @Test
  void everyDateFoundIsAnIntervalInOrder() {
    Extractor extractor = Extractor.create();
    List<String> texts = texts();
    for (LocalDate reference : REFERENCES) {
      int dated = 0;
      for (String text : texts) {
        boolean any = false;
        for (Mention m : extractor.extract(text, reference)) {
          if (m.value() instanceof DateInterval d && d.resolved()) {
            any = true;
            assertFalse(d.end().isBefore(d.start()), () -> text + " from " + reference + ": " + d);
          }
        }
        dated += any ? 1 : 0;
      }
      // The forms are read: with a reference date, most texts give a date.
      if (reference != null) {
        assertTrue(2 * dated > texts.size(), reference + ": " + dated + " of " + texts.size());
      }
    }
  }

  /** Amounts, rates and counts with the same numbers, converted and compared by the checks. */
  private static final List<String> FIGURES = Fragments.FIGURE_FORMS;

  @Test
  void theWholeReviewFinishes() {
    for (LocalDate reference : REFERENCES) {
      Reviewer reviewer = new Reviewer(Reviewer.bundled().rules(), ExchangeRates.bundled(),
          Locale.FRENCH, reference, null);
      StringBuilder document = new StringBuilder();
      for (String text : texts()) {
        document.append(text).append('\n');
      }
      for (String figure : FIGURES) {
        for (int i = 0; i < NUMBERS.size(); i++) {
          String other = NUMBERS.get((i + 3) % NUMBERS.size());
          document.append("Le 3 mars 2024, Acme a annoncé ")
              .append(figure.replace("{N}", NUMBERS.get(i)).replace("{M}", other))
              .append(". Acme a annoncé ").append(figure.replace("{N}", other)
                  .replace("{M}", NUMBERS.get(i))).append(".\n");
        }
      }
      Review review = reviewer.review(new Source("dates.txt", document.toString(),
          DocumentFormat.PLAIN, null));
      assertEquals(List.of(), review.errors(), "reference " + reference);
      // The checks had figures to compare: wrong weekdays everywhere, and conversions that do
      // not hold where the reference rates have the day (not in the year 0 or 9999).
      List<String> rules = review.findings().stream().map(f -> f.ruleId()).distinct().toList();
      assertTrue(rules.contains("weekday-mismatch"), "reference " + reference + ": " + rules);
      if (reference == null || reference.getYear() == 2024) {
        assertTrue(rules.contains("conversion-mismatch"), "reference " + reference + ": " + rules);
      }
    }
  }
}
