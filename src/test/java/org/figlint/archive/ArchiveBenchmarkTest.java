package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.figlint.check.Linter;
import org.figlint.claim.AnalysedDocument;
import org.figlint.document.DocumentLoader;
import org.figlint.report.Finding;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On demand ({@code mvn -o -Pbenchmark test}), not part of {@code mvn verify}: writes a
 * synthetic archive of 1,000,000 claims (100,000 documents) to target/benchmark/archive.db
 * (kept between runs; {@code -Dbenchmark.regenerate=true} writes it again), a 5 KB draft to
 * target/benchmark/draft.txt, then reports the time to add them, the size per claim, and the
 * time of the look-ups made to lint the draft against the archive. Results go to stdout and to
 * target/benchmark/results.txt.
 */
@Tag("benchmark")
class ArchiveBenchmarkTest {
  private static final int DOCUMENTS = Integer.getInteger("benchmark.documents", 100_000);
  private static final int CLAIMS = 10;

  @Test
  void synthetic() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "benchmark"));
    Path db = dir.resolve("archive.db");
    RuleSet rules = new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue)
        .loadBundled();
    Linter linter = new Linter(rules, ExchangeRates.bundled(), Locale.FRENCH);
    SyntheticArchive synthetic = new SyntheticArchive(linter, rules);
    List<String> report = new ArrayList<>();

    if (Boolean.getBoolean("benchmark.regenerate") || !Files.exists(db)) {
      Files.deleteIfExists(db);
      long start = System.nanoTime();
      synthetic.write(db, DOCUMENTS, CLAIMS);
      double seconds = (System.nanoTime() - start) / 1e9;
      report.add(String.format(Locale.ROOT, "add: %,d documents, %,d claims in %.1f s"
          + " (%,.0f claims/s)", DOCUMENTS, DOCUMENTS * CLAIMS, seconds,
          DOCUMENTS * CLAIMS / seconds));
    }
    String draft = synthetic.draft();
    Files.writeString(dir.resolve("draft.txt"), draft);

    try (Archive archive = Archive.openReadOnly(db)) {
      Archive.Stats stats = archive.stats();
      report.add(String.format(Locale.ROOT, "archive: %,d documents, %,d claims, %,d bytes"
          + " (%d bytes per claim)", stats.documents(), stats.claims(), stats.bytes(),
          stats.bytes() / Math.max(1, stats.claims())));
      AnalysedDocument doc = linter.analyse(DocumentLoader.fromText(draft,
          dir.resolve("draft.txt").toString()), null);
      long plain = System.nanoTime();
      linter.check(List.of(doc));
      report.add(String.format(Locale.ROOT, "all checks without the archive, first run: %.1f ms",
          (System.nanoTime() - plain) / 1e6));
      List<Double> lookups = new ArrayList<>();
      List<Double> checks = new ArrayList<>();
      int found = 0;
      for (int run = 0; run < 15; run++) {
        long before = archive.lookupNanos();
        int beforeCount = archive.lookups();
        int beforeRows = archive.lookupRows();
        long start = System.nanoTime();
        List<Finding> findings = linter.check(List.of(doc), archive);
        checks.add((System.nanoTime() - start) / 1e6);
        lookups.add((archive.lookupNanos() - before) / 1e6);
        found = findings.size();
        if (run == 0) {
          report.add(String.format(Locale.ROOT, "draft: %,d characters, %d claims, %d look-ups"
              + " returning %,d archived claims", draft.length(), doc.claims().size(),
              archive.lookups() - beforeCount, archive.lookupRows() - beforeRows));
        }
      }
      int all = 0;
      for (String key : doc.claims().stream().filter(c -> c.comparable())
          .map(c -> c.key()).distinct().toList()) {
        all += archive.lookup(key).size();
      }
      report.add(String.format(Locale.ROOT, "archived claims under the draft's keys, all"
          + " dates: %,d", all));
      report.add(String.format(Locale.ROOT, "look-ups: first run %.1f ms, then median %.1f ms,"
          + " best %.1f ms", lookups.get(0), median(lookups), Collections.min(lookups)));
      report.add(String.format(Locale.ROOT, "all checks with the archive: first run %.1f ms,"
          + " then median %.1f ms, best %.1f ms; %d findings", checks.get(0), median(checks),
          Collections.min(checks), found));
      assertTrue(found > 0, "the draft should disagree with some archived figures");
    }
    report.forEach(System.out::println);
    Files.write(dir.resolve("results.txt"), report);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
