package org.figlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.figlint.bench.Bench.Result;
import org.figlint.bench.Bench.Stage;
import org.figlint.bench.CorpusGenerator.Density;
import org.junit.jupiter.api.Test;

/** The benchmark runs every stage on a small corpus; what it measures is not checked here. */
class BenchTest {
  @Test
  void runsEveryStageWithOneAndTwoThreads() {
    Corpus corpus = Corpus.generate(100_000, 1, Density.NORMAL, 0.05);
    List<String> log = new ArrayList<>();
    List<Result> results = new Bench().run(corpus,
        new Bench.Options(List.of(Stage.values()), List.of(1, 2), 2, 1, 50_000), log::add);
    assertEquals(6, results.size());
    for (Result r : results) {
      assertEquals(2, r.seconds().size());
      assertEquals(corpus.bytes(), r.bytes());
      assertTrue(r.items() > 0, r.stage() + " counted nothing");
      assertTrue(r.peakHeapBytes() > 0);
    }
    Result lint = results.get(5);
    assertEquals(Stage.LINT, lint.stage());
    assertTrue(lint.findingCount() > 0, "the planted inconsistencies are found");
    assertEquals(results.get(2).items(), results.get(4).items(), "lint extracts what extract does");
    long timed = log.stream().filter(l -> l.contains(": pass ")).count();
    long warmUps = log.stream().filter(l -> l.contains(": warm-up ")).count();
    assertEquals(6 * 2, timed, "one line per timed pass");
    assertTrue(warmUps >= 6 && warmUps <= 6 * 4,
        "one warm-up pass per stage and thread count, and up to three more while the compiler "
            + "is busy: " + warmUps);
    assertEquals(timed + warmUps, log.size());
    // The timed passes take turns: every stage and thread count has its first pass before any
    // has its second, in the order of the results.
    List<String> order = log.stream().filter(l -> l.contains(": pass "))
        .map(l -> l.substring(0, l.indexOf(", ", l.indexOf(": pass "))))
        .toList();
    List<String> expected = new ArrayList<>();
    for (int pass = 1; pass <= 2; pass++) {
      for (Result r : results) {
        expected.add(r.stage().id() + ", " + r.threads() + " thread" + (r.threads() == 1 ? "" : "s")
            + ": pass " + pass + "/2");
      }
    }
    assertEquals(expected, order);
    int lastWarmUp = 0;
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).contains(": warm-up ")) {
        lastWarmUp = i;
      }
    }
    assertEquals(warmUps, lastWarmUp + 1, "every warm-up comes before the first timed pass");
  }
}
