package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
