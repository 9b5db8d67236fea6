package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.figlint.Allocation;
import org.junit.jupiter.api.Test;

/** The known names of one word count and first letter, as the rules' index groups them. */
class NameGroupTest {

  private static NameVariantCheck.Group group(int count) {
    NameVariantCheck.Group group = new NameVariantCheck.Group(new ArrayList<>());
    for (int i = 0; i < count; i++) {
      String key = "saint" + "x".repeat(i % 7) + i;
      group.add(new NameVariantCheck.Known(key, "Saint " + i, "Saint " + i, new String[] {key}));
    }
    return group;
  }

  @Test
  void eachNameKeepsTheLengthOfItsKey() {
    NameVariantCheck.Group group = group(100);
    for (int i = 0; i < 100; i++) {
      assertEquals(group.names.get(i).key().length(), group.lengths[i]);
    }
    assertEquals(group.names.stream().mapToInt(k -> k.key().length()).max().orElseThrow(),
        group.longest());
    assertTrue(group.hasLengthNear(8, 0));
    assertFalse(group.hasLengthNear(3, 1));
    assertArrayEquals(new String[] {"saint0"}, group.names.get(0).words());
  }

  /**
   * A lexicon of places gives one group thousands of names ("Saint-..."): the lengths were an
   * array grown by one for each name, which took the square of their number.
   */
  @Test
  void thousandsOfNamesAreGroupedInLinearWork() {
    Allocation.assertLinear(count -> Allocation.by(() -> group(count)), 8_000);
  }

  /**
   * The entities a written name is a variant of, looked up in the index of names, are those
   * found by normalizing every name of the lexicon and comparing it: misspellings of every
   * bundled name (one or two letters changed, dropped or doubled), and the names themselves.
   */
  @Test
  void variantsFoundThroughTheIndexAreThoseOfEveryName() {
    org.figlint.rule.RuleSet rules = new org.figlint.rule.RuleLoader(
        new org.figlint.rule.DefaultCheckCatalog(), Linter::parseFactValue).loadBundled();
    int maxDistance = rules.check("name-variant").integer("max-distance");
    java.util.Random random = new java.util.Random(3);
    int compared = 0;
    for (org.figlint.rule.Entity entity : rules.entities()) {
      for (String name : entity.names()) {
        for (int k = 0; k < 4; k++) {
          StringBuilder b = new StringBuilder(name);
          for (int edits = k == 0 ? 0 : 1 + random.nextInt(2); edits > 0 && b.length() > 1;
              edits--) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
              case 0 -> b.setCharAt(at, "aeiourst".charAt(random.nextInt(8)));
              case 1 -> b.deleteCharAt(at);
              default -> b.insert(at, b.charAt(at));
            }
          }
          String written = b.toString();
          assertEquals(everyName(rules, written, maxDistance),
              NameVariantCheck.variantOf(rules, written).stream()
                  .map(org.figlint.rule.Entity::name).toList(), written);
          compared++;
        }
      }
    }
    assertTrue(compared > 400, "names compared: " + compared);
  }

  /** The entities {@code written} is a variant of, by comparing every name of the rules. */
  private static java.util.List<String> everyName(org.figlint.rule.RuleSet rules,
      String written, int maxDistance) {
    String key = org.figlint.rule.Terms.normalize(written);
    java.util.List<String> out = new ArrayList<>();
    if (key.isBlank()) {
      return out;
    }
    int n = NameVariantCheck.wordCount(key);
    for (org.figlint.rule.Entity e : rules.entities()) {
      for (String name : e.names()) {
        String aliasKey = org.figlint.rule.Terms.normalize(name);
        if (!aliasKey.isEmpty() && NameVariantCheck.wordCount(aliasKey) == n
            && aliasKey.charAt(0) == key.charAt(0)
            && Math.abs(aliasKey.length() - key.length()) <= maxDistance
            && NameVariantCheck.isVariant(written, key, name, aliasKey, n, maxDistance)) {
          out.add(e.name());
          break;
        }
      }
    }
    return out;
  }
}
