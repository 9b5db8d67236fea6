package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.figlint.Allocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

  @ParameterizedTest(name = "\"{0}\" is found in \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Hiroshima          | Ce document, issu du G7 d'Hiroshima en mai 2021
      Hiroshima          | issu du G7 d’Hiroshima
      OpenAI             | les bureaux de l’OpenAI à Paris
      OpenAI             | plans d'OpenAI.
      États-Unis         | les Etats-Unis et la Chine
      Etats-Unis         | aux États-Unis
      états-unis         | ÉTATS-UNIS
      Royaume-Uni        | au Royaume Uni
      Élysée             | réunis à l'Elysée
      chiffre d'affaires | un chiffre d’affaires de 70 millions
      invest*            | Microsoft investit 15 millions
      invest*            | un investissement de la part
      invest*            | investir
      levée* de fonds    | des levées de fonds
      leve*              | Mistral a levé 385 millions d'euros
      leve*              | Mistral lève 600 millions
      GPT-4o             | comme GPT-4o, les modèles
      Isambard-AI        | le projet Isambard AI
      G7                 | les pays du G7 du monde
      sœur               | sa soeur
      oeuvre             | une œuvre
      Mistral AI         | Mistral   AI annonce
      """)
  void finds(String term, String text) {
    assertTrue(Terms.of(term).anyIn(text), () -> term + " in " + text);
  }

  @ParameterizedTest(name = "\"{0}\" is not in \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      G7          | le G70 est une autre réunion
      Meta        | la métaphore
      Mistral AI  | le mistral souffle, AI
      invest*     | réinvestir
      OpenAI      | Open AI
      lever       | le levier
      Paris       | Parisiens
      ai          | Isambardai
      """)
  void doesNotFind(String term, String text) {
    assertFalse(Terms.of(term).anyIn(text), () -> term + " in " + text);
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "L’État français et l’OpenAI d’Altman";
    List<Terms.Match> matches = Terms.of("openai", "état*", "Altman").find(text);
    List<String> found = new ArrayList<>();
    for (Terms.Match m : matches) {
      found.add(m.term() + "=" + text.substring(m.start(), m.end()));
    }
    assertEquals(List.of("état*=État", "openai=OpenAI", "Altman=Altman"), found);
  }

  @Test
  void theLongestTermWinsAtOnePosition() {
    String text = "Le chiffre d'affaires de Mistral AI";
    List<Terms.Match> matches = Terms.of("Mistral", "Mistral AI", "chiffre", "chiffre d'affaires")
        .find(text);
    assertEquals(List.of("chiffre d'affaires", "Mistral AI"),
        matches.stream().map(Terms.Match::term).toList());
    assertEquals("Mistral AI", text.substring(matches.get(1).start(), matches.get(1).end()));
  }

  @Test
  void spansSurviveCharactersOutsideTheBasicPlane() {
    String text = "🚀 Mistral AI lève";
    Terms.Match match = Terms.of("Mistral AI").find(text).get(0);
    assertEquals("Mistral AI", text.substring(match.start(), match.end()));
  }

  @Test
  void keysIgnoreCaseAccentsAndPunctuation() {
    assertEquals("etats unis", Terms.key("États-Unis"));
    assertEquals(Terms.key("Etats Unis"), Terms.key("ÉTATS-UNIS"));
    assertEquals("l openai", Terms.key("l’OpenAI"));
  }

  @Test
  void badTermsAreRejected() {
    assertNull(Terms.check("invest*"));
    assertNull(Terms.check("levée* de fonds"));
    assertNotNull(Terms.check("in*vest"));
    assertNotNull(Terms.check("*vest"));
    assertNotNull(Terms.check("   "));
    assertNotNull(Terms.check("« »"));
    assertThrows(IllegalArgumentException.class, () -> Terms.of("a**"));
  }

  @Test
  void compilingRefusesWhatCheckRefusesWithItsMessage() {
    for (String bad : List.of("in*vest", "*vest", "   ", "", "« »", "a**", "- * -", "x *")) {
      String why = Terms.check(bad);
      assertNotNull(why, bad);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Terms.of(List.of("invest*", bad)), bad);
      assertEquals(why, e.getMessage(), bad);
    }
    for (String good : List.of("invest*", "levée* de fonds", "chiffre d’affaires", "G7")) {
      assertNull(Terms.check(good), good);
      assertEquals(List.of(good), Terms.of(List.of(good)).written());
    }
  }

  @Test
  void emptySetFindsNothing() {
    Terms none = Terms.of(List.of());
    assertTrue(none.isEmpty());
    assertFalse(none.anyIn("tout texte"));
  }

  @Test
  void manyTermsOnALongTextAreEachFoundWhereTheyOccur() {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      terms.add("terme" + i + (i % 3 == 0 ? "*" : ""));
    }
    terms.add("sommet");
    Terms compiled = Terms.of(terms);
    String sentence = "Le sommet du G7 d'Hiroshima s'est tenu du 19 au 21 mai 2023. ".repeat(2_000);
    Terms.Text text = Terms.text(sentence);
    assertEquals(2_000, compiled.find(text).size());
    assertEquals(java.util.Set.of("sommet"), compiled.occurring(text));
  }

  @Test
  void occurringTermsIncludeOverlappingAndNestedOnes() {
    Terms terms = Terms.of("OpenAI", "OpenAI o1", "o1", "invest*", "G7", "Royaume-Uni");
    Terms.Text text = Terms.text("L’OpenAI o1 a été présenté ; OpenAI investit au Royaume Uni.");
    assertEquals(java.util.Set.of("OpenAI", "OpenAI o1", "o1", "invest*", "Royaume-Uni"),
        terms.occurring(text));
    assertEquals(java.util.Set.of(), terms.occurring(Terms.text("Rien de tout cela.")));
  }

  @Test
  void atEqualLengthAnExactFirstWordWinsOverAPrefixThenTheEarlierTerm() {
    Terms terms = Terms.of("levée*", "levée", "lev*");
    assertEquals("levée", terms.find("une levée record").get(0).term());
    assertEquals("levée*", terms.find("des levées record").get(0).term());
    assertEquals("lev*", terms.find("il lève").get(0).term());
    assertEquals("lev* de fonds", Terms.of("lev*", "lev* de fonds").find("lever de fonds").get(0).term());
  }

  @Test
  void aPartOfATextIsTokenizedAsItsSubstring() {
    String text = "🚀 L’État investit 😀 ; Mistral AI lève 600 M€. Œuvre d'Altman";
    Terms terms = Terms.of("Mistral AI", "invest*", "état", "oeuvre", "Altman");
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        String part = text.substring(from, to);
        Terms.Text alone = Terms.text(part);
        Terms.Text inPlace = Terms.text(text, from, to);
        assertEquals(alone.size(), inPlace.size(), part);
        for (int w = 0; w < alone.size(); w++) {
          assertEquals(alone.word(w), inPlace.word(w), part);
          assertEquals(alone.start(w), inPlace.start(w), part);
          assertEquals(alone.end(w), inPlace.end(w), part);
        }
        assertEquals(terms.find(alone), terms.find(inPlace), part);
      }
    }
  }

  /** Bytes allocated to compile {@code count} names that all start with "Saint". */
  private static long saintsWork(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add("Saint-" + Integer.toString(i, 26).replace('0', 'z') + "-sur-Mer");
    }
    Terms[] terms = new Terms[1];
    long allocated = Allocation.by(() -> terms[0] = Terms.of(names));
    assertTrue(terms[0].anyIn("à " + names.get(count - 1)));
    return allocated;
  }

  /**
   * A lexicon of places starts thousands of names with one word ("Saint"): the terms of a word
   * were an array grown by one for each, which took the square of their number.
   */
  @Test
  void manyTermsOfOneFirstWordCompileInLinearWork() {
    Allocation.assertLinear(TermsTest::saintsWork, 4_000);
  }

  @Test
  void termsOfOneFirstWordAreAllFound() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      names.add("Saint-" + Integer.toString(i, 26).replace('0', 'z') + "-sur-Mer");
    }
    Terms terms = Terms.of(names);
    for (int i : new int[] {0, 1, 1_500, 2_999}) {
      String text = "Ils habitent à " + names.get(i) + " depuis 2010.";
      List<String> found = terms.find(text).stream().map(Terms.Match::term).toList();
      assertEquals(List.of(names.get(i)), found, text);
    }
  }
  /**
   * Terms and texts drawn from a few letters, ASCII and beyond (ø, ж, ł stay as they are once
   * folded; ß becomes "ss"), so that first words share many prefixes and branch on every kind
   * of character: what is found must be what trying every term at every word finds.
   */
  @Test
  void findingAgreesWithTryingEveryTermAtEveryWord() {
    java.util.Random random = new java.util.Random(7);
    String letters = "aabbcøжłßA";
    for (int round = 0; round < 300; round++) {
      List<String> written = new ArrayList<>();
      int count = 1 + random.nextInt(40);
      for (int t = 0; t < count; t++) {
        StringBuilder term = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int k = 0; k < words; k++) {
          if (k > 0) {
            term.append(' ');
          }
          term.append(randomWord(random, letters));
          if (random.nextInt(4) == 0) {
            term.append('*');
          }
        }
        written.add(term.toString());
      }
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 30; k++) {
        text.append(randomWord(random, letters)).append(random.nextInt(5) == 0 ? ", " : " ");
      }
      Terms terms = Terms.of(written);
      Terms.Text tokens = Terms.text(text.toString());
      assertEquals(naiveFind(written, tokens), terms.find(tokens), text::toString);
      java.util.Set<String> occurring = new java.util.HashSet<>();
      for (int w = 0; w < tokens.size(); w++) {
        for (String term : written) {
          if (matchesAt(term, tokens, w)) {
            occurring.add(term);
          }
        }
      }
      assertEquals(occurring, terms.occurring(tokens), text::toString);
      assertEquals(!occurring.isEmpty(), terms.anyIn(tokens), text::toString);
    }
  }

  private static String randomWord(java.util.Random random, String letters) {
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(4);
    for (int k = 0; k < length; k++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }

  /** Whether every word of {@code term} matches from word {@code w} on, a star as a prefix. */
  private static boolean matchesAt(String term, Terms.Text text, int w) {
    String[] words = term.split(" ");
    if (w + words.length > text.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      boolean prefix = words[k].endsWith("*");
      String word = Terms.normalize(prefix ? words[k].substring(0, words[k].length() - 1)
          : words[k]);
      String found = text.word(w + k);
      if (prefix ? !found.startsWith(word) : !found.equals(word)) {
        return false;
      }
    }
    return true;
  }

  /** Leftmost matches without overlaps; at a word the most words, an exact first, the first. */
  private static List<Terms.Match> naiveFind(List<String> written, Terms.Text text) {
    List<Terms.Match> found = new ArrayList<>();
    for (int w = 0; w < text.size(); w++) {
      String best = null;
      for (String term : written) {
        if (matchesAt(term, text, w) && (best == null || beats(term, best))) {
          best = term;
        }
      }
      if (best != null) {
        int last = w + best.split(" ").length - 1;
        found.add(new Terms.Match(best, text.start(w), text.end(last)));
        w = last;
      }
    }
    return found;
  }

  /** Whether {@code term} wins over {@code other}, written earlier, at one word. */
  private static boolean beats(String term, String other) {
    int words = term.split(" ").length;
    int otherWords = other.split(" ").length;
    if (words != otherWords) {
      return words > otherWords;
    }
    boolean prefix = term.split(" ")[0].endsWith("*");
    boolean otherPrefix = other.split(" ")[0].endsWith("*");
    return !prefix && otherPrefix;
  }
}
