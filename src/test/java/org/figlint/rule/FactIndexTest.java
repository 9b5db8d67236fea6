package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.figlint.Allocation;
import org.junit.jupiter.api.Test;

/**
 * The facts that apply to a sentence, found through the index, are those that testing every
 * fact finds: all its {@code about} terms (or another name of their entity) and one of its
 * keywords occur in the sentence.
 */
class FactIndexTest {
  private static final Origin HERE = new Origin("test", 1, 1);
  private static final List<String> WORDS = List.of("sommet", "G7", "Hiroshima", "Paris",
      "Royaume-Uni", "Grande-Bretagne", "OpenAI", "Open AI", "invest*", "mai", "Londres",
      "budget", "Élysée", "chiffre d'affaires");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("Royaume-Uni", EntityKind.PLACE, List.of("Grande-Bretagne"), null, HERE),
      new Entity("OpenAI", EntityKind.ORGANIZATION, List.of("Open AI"), null, HERE));

  private static String word(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private static List<String> words(Random random, int most) {
    List<String> out = new ArrayList<>();
    for (int k = random.nextInt(most + 1); k > 0; k--) {
      out.add(word(random));
    }
    return out;
  }

  @Test
  void theIndexFindsWhatTestingEveryFactFinds() {
    Random random = new Random(21);
    for (int round = 0; round < 200; round++) {
      List<Fact> facts = new ArrayList<>();
      for (int f = random.nextInt(40); f >= 0; f--) {
        List<String> about = random.nextInt(25) == 0 ? wide(random) : words(random, 3);
        facts.add(new Fact("fait-" + f, about, words(random, 2), "12 %", "12 %",
            "https://example.org", null, HERE));
      }
      RuleSet rules = new RuleSet(Map.of(), ENTITIES, List.of(), facts);
      RuleIndex index = rules.index();
      for (int s = 0; s < 30; s++) {
        StringBuilder sentence = new StringBuilder("Le");
        for (String w : words(random, 6)) {
          sentence.append(random.nextBoolean() ? " du " : " ").append(w.replace("*", "it"));
        }
        String text = sentence.append('.').toString();
        List<String> expected = facts.stream().filter(f -> applies(f, text))
            .map(Fact::id).toList();
        assertEquals(expected, index.factsFor(text).stream().map(Fact::id).toList(), text);
      }
    }
  }

  /** A fact with more about terms than a word of bits holds. */
  private static List<String> wide(Random random) {
    List<String> about = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      about.add(word(random));
    }
    return about;
  }

  private static boolean applies(Fact fact, String text) {
    if (!fact.keywords().isEmpty()
        && fact.keywords().stream().noneMatch(k -> Terms.of(k).anyIn(text))) {
      return false;
    }
    for (String term : fact.about()) {
      List<String> names = new ArrayList<>(List.of(term));
      ENTITIES.stream().filter(e -> Terms.key(e.name()).equals(Terms.key(term))
              || e.aliases().stream().anyMatch(a -> Terms.key(a).equals(Terms.key(term))))
          .findFirst().ifPresent(e -> names.addAll(e.names()));
      if (names.stream().noneMatch(n -> Terms.of(n).anyIn(text))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Thousands of facts that name one common word ("sommet") and one of their own: a sentence
   * that holds the common word tests the few facts its rarer words bring in, not every fact
   * that names "sommet".
   */
  @Test
  void aCommonWordDoesNotBringInEveryFactThatNamesIt() {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      facts.add(new Fact("sommet-" + i, List.of("Ville" + i, "sommet"), List.of(), "12 %",
          "12 %", "https://example.org", null, HERE));
    }
    RuleIndex index = new RuleSet(Map.of(), List.of(), List.of(), facts).index();
    assertEquals(List.of("sommet-1234"),
        index.factsFor("Le sommet de Ville1234 a eu lieu.").stream().map(Fact::id).toList());
    assertEquals(List.of(), index.factsFor("Le sommet a eu lieu.").stream().toList());
    index.factsFor("Le sommet de Ville7 a eu lieu.");
    long perSentence = Allocation.by(() -> {
      for (int i = 0; i < 1_000; i++) {
        index.factsFor("Le sommet de Ville" + i + " a eu lieu.");
      }
    }) / 1_000;
    // Each fact of the set was given a slot per sentence: 5,000 facts took 45 KB a sentence.
    assertTrue(perSentence < 8_000, "bytes allocated per sentence: " + perSentence);
  }
}
