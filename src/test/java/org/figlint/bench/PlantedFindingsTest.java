package org.figlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.figlint.bench.CorpusGenerator.Density;
import org.figlint.bench.CorpusGenerator.Inconsistency;
import org.figlint.report.Finding;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on generated news: lint finds each inconsistency the generator planted,
 * under the rule that reports it, and nothing else. Every other figure of the corpus agrees
 * with the calendar, the day's exchange rate, its whole and the other documents.
 */
class PlantedFindingsTest {
  private static final Map<Inconsistency, String> RULE = Map.of(
      Inconsistency.WEEKDAY, "weekday-mismatch",
      Inconsistency.CONVERSION, "conversion-mismatch",
      Inconsistency.PARTS, "parts-exceed-whole",
      Inconsistency.CROSS_DOCUMENT, "figure-mismatch");

  private static void assertFoundAsPlanted(long seed, Density density, double share) {
    CorpusGenerator.Run run = new CorpusGenerator(seed, density, share).generate(1_500_000);
    List<Source> sources = new ArrayList<>();
    while (run.hasNext()) {
      CorpusGenerator.GeneratedDocument doc = run.next();
      sources.add(Source.of(doc.name(), doc.text()));
    }
    Map<String, Long> found = new TreeMap<>();
    for (Finding f : Reviewer.bundled().review(sources).findings()) {
      found.merge(f.ruleId(), 1L, Long::sum);
    }
    Map<String, Long> planted = new TreeMap<>();
    run.summary().planted().forEach((what, n) -> {
      if (n > 0) {
        planted.put(RULE.get(what), n);
      }
    });
    assertTrue(planted.values().stream().allMatch(n -> n >= 10), planted.toString());
    String what = "seed " + seed + " " + density + ": planted " + planted + ", found " + found;
    assertEquals(planted, found, what);
  }

  @Test
  void everyPlantedInconsistencyAndNothingElseAtNormalDensity() {
    assertFoundAsPlanted(7, Density.NORMAL, 0.02);
  }

  @Test
  void everyPlantedInconsistencyAndNothingElseAtHighDensity() {
    assertFoundAsPlanted(11, Density.HIGH, 0.02);
  }

  /** As dense in figures as real news: fewer figure sentences, so a larger share planted. */
  @Test
  void everyPlantedInconsistencyAndNothingElseAtNewsDensity() {
    assertFoundAsPlanted(5, Density.NEWS, 0.1);
  }
}
