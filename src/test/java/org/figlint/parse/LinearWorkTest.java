package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Extraction does work in proportion to the text, however hostile: on each pattern, texts of n, 2n
 * and 4n copies cost characters read by the lexer, tokens looked at by the parser and parses
 * started that grow linearly (going from 2n to 4n adds twice what going from n to 2n added; a
 * quadratic path would add four times). Work is counted, not timed, so the test holds on a busy
 * machine and fails on a quadratic path long before a timer would.
 */
class LinearWorkTest {

  /** Copies in the shortest text; the longest has four times as many, and all fit one chunk. */
  private static final int COPIES = 250;

  private record Pattern(String name, String head, String unit, String tail) {}

  private static final List<Pattern> PATTERNS = List.of(
      new Pattern("a run of scale words", "Le budget atteint 1 ", "millions ", "d’euros."),
      new Pattern("a run of number words", "", "vingt-deux ", "et 15 %."),
      new Pattern("a run of compound number words", "", "quatre-vingt-dix-sept mille ", "euros"),
      new Pattern("digits grouped by spaces", "", "1 ", "500 €"),
      new Pattern("groups of three digits", "1", " 111", ",5 € et 12 %"),
      new Pattern("groups of three digits with U+202F", "1", "\u202F111", "\u00A0%"),
      new Pattern("groups of three digits with dots", "1", ".111", " M€"),
      new Pattern("one long number", "", "7", " millions d’euros"),
      new Pattern("nested parentheses", "", "(", "15 %"),
      new Pattern("closing parentheses", "15 %", ")", ""),
      new Pattern("percentages", "", "15 % ", ""),
      new Pattern("weekdays and ordinals", "", "lundi 1er ", "mars 2025"),
      new Pattern("date ranges", "", "du 3 au ", "5 mars 2025"),
      new Pattern("amount ranges", "", "de 1 500 à 2 000 ", "euros"),
      new Pattern("currencies", "", "d’euros ", ""),
      new Pattern("amounts", "", "1,5 milliard d’euros et ", "2 M€"),
      new Pattern("years", "", "2024 ", ""),
      new Pattern("full dates", "", "le 14 mars 2025, ", ""),
      new Pattern("qualifiers", "", "plus de environ près de ", "15 %"),
      new Pattern("apostrophes", "", "d’d'dʼ", "euros"),
      new Pattern("decimal commas", "", "1,", "5 %"),
      new Pattern("signs and digits", "", "+-1", " %"),
      new Pattern("NUL and digits", "", "\u00001 ", "%"),
      new Pattern("mixed scripts", "", "1 五 ٣ ", "€"),
      new Pattern("words joined by hyphens", "", "a-", "a et 12 %"),
      new Pattern("names joined by hyphens", "", "Jean-", "Pierre et 12 %"),
      new Pattern("hyphens and digits", "", "a-1-", "a et 12 %"));

  /** The extractor's work on {@code copies} copies of the pattern's unit. */
  private static long[] work(Pattern p, int copies) {
    Extractor extractor = Extractor.create();
    String text = p.head() + p.unit().repeat(copies) + p.tail();
    assertTrue(text.length() < Extractor.CHUNK, "the text must fit one chunk");
    extractor.extract(text, null);
    return new long[] {extractor.charLookups.sum(), extractor.tokenLookups.sum(),
        extractor.parseAttempts.sum()};
  }

  @TestFactory
  Stream<DynamicTest> doublingTheTextDoublesTheWork() {
    String[] what = {"characters read by the lexer", "tokens looked at", "parses started"};
    return PATTERNS.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
      long[] one = work(p, COPIES);
      long[] two = work(p, 2 * COPIES);
      long[] four = work(p, 4 * COPIES);
      assertTrue(one[0] >= (long) COPIES * p.unit().length(),
          () -> "the lexer reads every character: " + one[0]);
      for (int k = 0; k < what.length; k++) {
        int kk = k;
        // The work added from 2n to 4n copies against that added from n to 2n: 2 when the work
        // is linear (a constant share, such as the end of the text, cancels out), 4 when it is
        // quadratic.
        long first = two[k] - one[k];
        long second = four[k] - two[k];
        assertTrue(second <= 2.2 * first + 200,
            () -> what[kk] + ": " + one[kk] + ", " + two[kk] + ", " + four[kk] + " for "
                + COPIES + ", " + 2 * COPIES + ", " + 4 * COPIES + " copies");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> theParserIsTriedOnFigures() {
    // Guards the counters themselves: a pattern full of figures makes the parser work.
    return Stream.of("percentages", "amounts", "full dates").map(name ->
        DynamicTest.dynamicTest(name, () -> {
          Pattern p = PATTERNS.stream().filter(q -> q.name().equals(name)).findFirst()
              .orElseThrow();
          long[] w = work(p, COPIES);
          assertTrue(w[1] > COPIES && w[2] >= COPIES, () -> name + ": " + w[1] + " lookups, "
              + w[2] + " parses");
        }));
  }
}
