package ab;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.figlint.bench.Corpus;
import org.figlint.bench.CorpusGenerator;
import org.figlint.check.Linter;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.Document;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;

/**
 * One build of figlint, loaded on its own: generated news linted with every check, one thread,
 * as {@code figlint bench} lints it; each call is one pass and returns its milliseconds.
 */
public final class Lint implements Supplier<Double> {
  private final Linter linter;
  private final List<Document> docs;

  public Lint(long bytes, String density) {
    RuleSet rules = new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue)
        .loadBundled(List.of(), true);
    linter = new Linter(rules, ExchangeRates.bundled(), Locale.FRENCH);
    docs = Corpus.generate(bytes, 42, CorpusGenerator.Density.valueOf(density), 0.02).documents();
  }

  @Override
  public Double get() {
    long start = System.nanoTime();
    Linter.Run run = linter.start(ClaimArchive.NONE);
    for (Document doc : docs) {
      run.add(linter.analyse(doc, null));
    }
    if (run.finish().isEmpty()) {
      throw new IllegalStateException("no finding: the planted inconsistencies were missed");
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
