package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.figlint.report.Finding;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.junit.jupiter.api.Test;

/**
 * The rounds of a group's resolution: a claim that leaves with one round's reference no longer
 * supports the claims that stay, so the next round's reference is chosen among what is left.
 */
class SameFactRoundsTest {

  private static Map<String, Finding> findings(Map<String, Integer> daysAndAmounts) {
    List<Source> sources = new ArrayList<>();
    LocalDate first = LocalDate.of(2022, 3, 1);
    daysAndAmounts.forEach((name, amount) -> {
      int day = Integer.parseInt(name.substring(1));
      LocalDate date = first.plusDays(day);
      sources.add(Source.of(name + ".txt", "date " + date + "\nAnthropic a levé " + amount
          + " millions de dollars auprès de ses investisseurs.\n"));
    });
    Map<String, Finding> out = new TreeMap<>();
    for (Finding f : Reviewer.bundled().review(sources).findings()) {
      if (f.ruleId().equals("figure-mismatch")) {
        out.put(f.location().file(), f);
      }
    }
    return out;
  }

  @Test
  void theNextRoundCountsOnlyTheClaimsThatStayed() {
    // Days 0 to 50. Three articles of days 40-50 agree on 200 and are the first reference;
    // the article of day 20 (100) is close enough to them to dissent and leaves with them.
    // Left are days 0 (100), 3 and 6 (150): day 0 agreed only with day 20, which has left,
    // so 150 is the second reference and day 0 dissents from it.
    Map<String, Integer> corpus = new TreeMap<>(Map.of(
        "d0", 100, "d3", 150, "d6", 150, "d20", 100, "d40", 200, "d45", 200, "d50", 200));
    Map<String, Finding> found = findings(corpus);
    assertEquals(List.of("d0.txt", "d20.txt"), List.copyOf(found.keySet()), found.toString());
    assertTrue(found.get("d20.txt").message().contains("200"), found.get("d20.txt").message());
    assertTrue(found.get("d0.txt").message().contains("150"), found.get("d0.txt").message());
  }

  @Test
  void groupsFarApartInTimeAreResolvedEachAgainstItsOwnReference() {
    Map<String, Integer> corpus = new TreeMap<>(Map.of(
        "d0", 300, "d9", 300, "d19", 350, "d150", 500, "d155", 500, "d160", 450));
    Map<String, Finding> found = findings(corpus);
    assertEquals(List.of("d160.txt", "d19.txt"), List.copyOf(found.keySet()), found.toString());
    assertTrue(found.get("d19.txt").message().contains("300"), found.get("d19.txt").message());
    assertTrue(found.get("d160.txt").message().contains("500"), found.get("d160.txt").message());
  }

  @Test
  void agreeingArticlesStaySilent() {
    assertEquals(Map.of(), findings(Map.of("d0", 300, "d9", 300, "d19", 300, "d25", 300)));
  }
}
