package org.figlint.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.figlint.report.Severity;
import org.figlint.review.Reviewer;
import org.figlint.rule.CheckOverride;
import org.figlint.rule.Entity;
import org.figlint.rule.EntityKind;
import org.figlint.rule.RuleSet;
import org.junit.jupiter.api.Test;

/** One lexicon serves the linters of the same rules, and only of the same rules. */
class LexiconTest {
  private static final RuleSet BUNDLED = Reviewer.loadRules(null, List.of(), true);

  @Test
  void rulesThatDifferOnlyInTheirChecksShareALexicon() {
    Lexicon first = Lexicon.of(BUNDLED);
    RuleSet quieter = BUNDLED.withOverrides(
        List.of(new CheckOverride("name-variant", false, Severity.INFO, Map.of())));
    assertSame(first, Lexicon.of(BUNDLED));
    assertSame(first, Lexicon.of(quieter));
  }

  @Test
  void otherTermsMakeAnotherLexicon() {
    List<Entity> entities = new ArrayList<>(BUNDLED.entities());
    entities.add(new Entity("Compagnie Fictive des Eaux", EntityKind.ORGANIZATION,
        List.of("CFE"), null, null));
    RuleSet more = new RuleSet(BUNDLED.checks(), entities, BUNDLED.predicates(), BUNDLED.facts());
    Lexicon bundled = Lexicon.of(BUNDLED);
    Lexicon other = Lexicon.of(more);

    assertNotSame(bundled, other);
    assertEquals(EntityKind.ORGANIZATION, other.kindOf("Compagnie Fictive des Eaux"));
    assertEquals(EntityKind.PLACE, bundled.kindOf("Compagnie Fictive des Eaux"));
    assertEquals(more.entities(), other.entities());
    // The bundled rules come back to a lexicon of their own terms, not to the last one made.
    Lexicon again = Lexicon.of(BUNDLED);
    assertEquals(BUNDLED.entities(), again.entities());
    assertNotSame(other, again);
  }
}
