package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.figlint.bench.CorpusGenerator;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ClaimArchive;
import org.figlint.claim.Lexicon;
import org.figlint.claim.RunClaim;
import org.figlint.document.Document;
import org.figlint.document.DocumentLoader;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The same-fact checks test each pair of a group for comparability once, and use the answer
 * both ways: that holds only while {@link SameFactCheck#comparable} is symmetric for claims of
 * one group (same kind, predicate, unit and subject). Checked on every pair of every group of
 * the checks' test documents, the seeds and generated news with planted inconsistencies.
 */
class ComparableSymmetryTest {
  private static final RuleSet RULES =
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled();

  @Test
  void comparabilityIsTheSameBothWaysWithinAGroup() throws Exception {
    List<Document> documents = new ArrayList<>();
    for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/checks"))) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          documents.add(new DocumentLoader().load(file, file.toString()));
        }
      }
    }
    CorpusGenerator.Run generated = new CorpusGenerator(11, CorpusGenerator.Density.NORMAL, 0.2)
        .generate(1_500_000);
    while (generated.hasNext()) {
      CorpusGenerator.GeneratedDocument g = generated.next();
      documents.add(DocumentLoader.fromText(g.text(), g.name()));
    }
    Linter linter = new Linter(RULES, ExchangeRates.bundled(), Locale.FRENCH);
    Lexicon lexicon = Lexicon.of(RULES);
    Messages messages = new Messages(Locale.FRENCH);
    long pairs = 0;
    long comparablePairs = 0;
    for (SameFactCheck check : List.of(new FigureMismatchCheck(), new DateMismatchCheck())) {
      Map<String, List<RunClaim>> groups = new LinkedHashMap<>();
      for (int d = 0; d < documents.size(); d++) {
        AnalysedDocument doc = linter.analyse(documents.get(d), null);
        CheckContext ctx = new CheckContext(RULES.check(check.id()), lexicon,
            ExchangeRates.bundled(), messages, ClaimArchive.NONE, null);
        for (RunClaim c : check.keep(doc, d, RunClaim.Sets.NONE, ctx)) {
          groups.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
      }
      for (List<RunClaim> group : groups.values()) {
        boolean periodic = lexicon.periodic(group.get(0).predicate());
        int n = Math.min(group.size(), 300);
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            RunClaim a = group.get(i);
            RunClaim b = group.get(j);
            boolean ab = SameFactCheck.comparable(a, b, periodic);
            assertEquals(ab, SameFactCheck.comparable(b, a, periodic),
                () -> a.text() + " (" + a.documentPath() + ") / " + b.text() + " ("
                    + b.documentPath() + ")");
            pairs++;
            comparablePairs += ab ? 1 : 0;
          }
        }
      }
    }
    // Enough of both answers for the test to mean something.
    assertTrue(pairs > 10_000 && comparablePairs > 1_000 && pairs - comparablePairs > 1_000,
        pairs + " pairs, " + comparablePairs + " comparable");
  }
}
