package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameDistanceTest {

  @ParameterizedTest
  @CsvSource({
    "openai, openia, 2, 1",
    "openai, openai, 2, 0",
    "kitten, sitting, 5, 3",
    "ca, abc, 5, 3",
    "'', abc, 5, 3",
    "chopinaud, chopineau, 2, 2",
    "abcdef, uvwxyz, 1, 2",
    "gpt-4o, gtp-4o, 1, 1",
    "mistral, mistrla, 1, 1",
    "abc, abcdef, 2, 3",
  })
  void optimalStringAlignmentDistanceCutOffAboveMax(String a, String b, int max, int expected) {
    assertEquals(expected, NameVariantCheck.distance(a, b, max));
    assertEquals(expected, NameVariantCheck.distance(b, a, max));
  }

  @ParameterizedTest
  @CsvSource({
    "openai, openia", "openai, openai", "openai, opnai", "openai, openaii", "'', a", "'', ''",
    "ab, ba", "abc, bca", "abcd, abdc", "abcd, abxd", "abcd, xbcd", "abcd, abcx", "abcd, bacd",
    "mistral, mistrla", "mistral, mistarl", "chopinaud, chopineau", "abc, abcde", "ac, abc",
    "abc, ac", "abc, bc", "aab, aba", "abab, baba", "kitten, sitting", "gpt-4o, gtp-4o",
  })
  void theOneEditTestAgreesWithTheDistanceCutOffAtOne(String a, String b) {
    int expected = Math.min(2, NameVariantCheck.distance(a, b, 1));
    assertEquals(expected, NameVariantCheck.withinOne(a, b), a + " / " + b);
    assertEquals(expected, NameVariantCheck.withinOne(b, a), b + " / " + a);
  }

  @org.junit.jupiter.api.Test
  void theOneEditTestAgreesWithTheDistanceOnEveryShortString() {
    String[] words = new String[0];
    java.util.List<String> all = new java.util.ArrayList<>();
    all.add("");
    for (int length = 1; length <= 4; length++) {
      java.util.List<String> next = new java.util.ArrayList<>();
      for (String w : all) {
        if (w.length() == length - 1) {
          for (char c : new char[] {'a', 'b', 'c'}) {
            next.add(w + c);
          }
        }
      }
      all.addAll(next);
    }
    words = all.toArray(words);
    for (String a : words) {
      for (String b : words) {
        assertEquals(Math.min(2, NameVariantCheck.distance(a, b, 1)), NameVariantCheck.withinOne(a, b),
            a + " / " + b);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "france 2030, france 2030, true", "france 2018, france 2030, false", "gpt-4o, gtp-4o, true",
    "h100, h-100, true", "a1b2, 12, true", "a1b2, 21, false", "abc, xyz, true", "abc1, abc, false",
    "'', '', true", "1, '', false",
  })
  void digitsCompareInOrder(String a, String b, boolean same) {
    assertEquals(same, NameVariantCheck.sameDigits(a, b));
    assertEquals(same, NameVariantCheck.sameDigits(b, a));
  }

  /**
   * Names within {@code d} edits differ in at most {@code 2d} of the letters they have, which
   * lets the comparison of people's names skip the distance for the others: random names and
   * random edits of them (letters, accents folded to others, digits, hyphens).
   */
  @Test
  void namesWithinSomeEditsDifferInFewLettersHad() {
    java.util.Random random = new java.util.Random(9);
    String alphabet = "abcdeéz-09xy";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder a = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        a.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      StringBuilder b = new StringBuilder(a);
      for (int k = random.nextInt(4); k > 0; k--) {
        int at = b.length() == 0 ? 0 : random.nextInt(b.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (b.length() == 0 ? 0 : random.nextInt(4)) {
          case 0 -> b.insert(at, c);
          case 1 -> b.deleteCharAt(at);
          case 2 -> b.setCharAt(at, c);
          default -> {
            if (at + 1 < b.length()) {
              char t = b.charAt(at);
              b.setCharAt(at, b.charAt(at + 1));
              b.setCharAt(at + 1, t);
            }
          }
        }
      }
      for (int d = 1; d <= 5; d++) {
        if (NameVariantCheck.distance(a.toString(), b.toString(), d) <= d) {
          long differ = NameVariantCheck.letters(a.toString())
              ^ NameVariantCheck.letters(b.toString());
          assertTrue(Long.bitCount(differ) <= 2 * d, a + " / " + b + " within " + d);
        }
      }
    }
  }
}
