package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words that name-variant reads names from: the scan that stops only at capitals and digits
 * finds exactly the words that following every word finds.
 */
class NameWordsTest {

  @Test
  void capitalsAndDigitsStartWordsUnlessAWordGoesOnThroughThem() {
    assertEquals(List.of("Jean-Pierre", "Raffarin", "A380", "2024", "McDonald"),
        texts("Jean-Pierre Raffarin a vu l'A380 en 2024 ; l'iPhone, xAI et McDonald."));
    assertEquals(List.of("Y", "Z", "É-Z"), texts("--Y a--Z a-b-c-Ét. É-Z -"));
    assertEquals(List.of("Élysée", "Œuvre", "Ça", "Ω"), texts("l’Élysée « Œuvre » Ça Ω"));
    assertEquals(List.of("Tokyo", "Q"), texts("東京 Tokyo 東Q 東 Q"));
  }

  @Test
  void theScanAgreesWithFollowingEveryWordOnRandomAndRealText() throws IOException {
    String alphabet = "aeiouzAEIOUZéÉèàçÇœŒ0123456789-- --''’.,;\u00a0\u202f«»東京Ω\u0301";
    Random random = new Random(20261126);
    for (int t = 0; t < 2000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextInt(10) == 0) {
        text.append("\ud835\udc00bc"); // a letter beyond the BMP: two halves, neither a letter
      }
      assertEquals(reference(text.toString()), spans(text.toString()), text.toString());
    }
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        String text = Files.readString(seed);
        assertEquals(reference(text), spans(text), seed.toString());
      }
    }
  }

  @Test
  void keysAreSplitAsStringSplitDoes() {
    List<String> keys = keys(7, 500, 8, " ab", "", " ", "  ", "a", "a b", "a  b", " a", "a ",
        "a b  ", "banque de france", "\u00a0a b");
    for (String key : keys) {
      assertEquals(List.of(key.split(" ")), List.of(NameVariantCheck.splitOnSpaces(key)),
          "'" + key + "'");
    }
  }

  @Test
  void wordsAreCountedAndHyphensDroppedAsTheRegularExpressionsWould() {
    List<String> keys = keys(11, 2000, 9, " \t\n\u000b\f\r\u00a0\u2009ab-", "", " ", "\t",
        " \n ", "a", "a b", "a \t b", " a", "a ", "\ra b\f", "\u00a0a b", "alt-edic", "-", "a - b",
        "mistral ai");
    for (String key : keys) {
      assertEquals(key.split("\\s+").length, NameVariantCheck.wordCount(key), "'" + key + "'");
      assertEquals(key.replace(" ", "").replace("-", ""), NameVariantCheck.loose(key),
          "'" + key + "'");
    }
  }

  /**
   * {@code fixed}, then {@code count} random strings of fewer than {@code maxLength} characters
   * of {@code alphabet}, from {@code seed}.
   */
  private static List<String> keys(long seed, int count, int maxLength, String alphabet,
      String... fixed) {
    Random random = new Random(seed);
    List<String> keys = new ArrayList<>(List.of(fixed));
    for (int t = 0; t < count; t++) {
      StringBuilder key = new StringBuilder();
      for (int i = random.nextInt(maxLength); i > 0; i--) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      keys.add(key.toString());
    }
    return keys;
  }

  private static List<String> texts(String text) {
    NameVariantCheck.Words words = NameVariantCheck.words(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      out.add(words.text(i));
    }
    return out;
  }

  private static List<List<Integer>> spans(String text) {
    NameVariantCheck.Words words = NameVariantCheck.words(text);
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      out.add(List.of(words.start(i), words.end(i)));
    }
    return out;
  }

  /** Every word followed to its end, the capitalized ones and those of digits kept. */
  private static List<List<Integer>> reference(String text) {
    List<List<Integer>> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        boolean kept = Character.isUpperCase(c) || Character.isDigit(c);
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || (text.charAt(i) == '-'
            && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
          i++;
        }
        if (kept) {
          out.add(List.of(start, i));
        }
      } else {
        i++;
      }
    }
    return out;
  }
}
