package org.figlint.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.figlint.check.Linter;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.Document;
import org.figlint.parse.Extractor;
import org.figlint.report.Finding;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three stages of {@code figlint bench} as JMH benchmarks, one thread, over one corpus: the
 * lexer alone, extraction, and lint with every check (each document analysed and checked, then
 * the comparisons across documents). One operation is one pass over the whole corpus, so the
 * ratios of the scores are the ratios of throughput. {@code corpus} is {@code
 * generated:SIZE[:DENSITY]} (the generator, seed 42, 2 % planted inconsistencies, the normal
 * density unless {@code news}, {@code low} or {@code high} is given) or {@code news:FILE} (a JSON
 * lines file of articles, such as {@code ../shared/data/news/orangesum-2016-2018.jsonl.gz}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-XX:+UseSerialGC"})
public class PipelineBenchmark {
  @Param({"generated:10000000:news"})
  public String corpus;

  private List<Document> documents;
  private final Extractor extractor = Extractor.create();
  private Linter linter;

  @Setup
  public void load() throws IOException {
    Corpus loaded;
    if (corpus.startsWith("generated:")) {
      String[] parts = corpus.split(":");
      loaded = Corpus.generate(Corpus.parseSize(parts[1]), 42, parts.length > 2
          ? CorpusGenerator.Density.parse(parts[2]) : CorpusGenerator.Density.NORMAL, 0.02);
    } else if (corpus.startsWith("news:")) {
      loaded = Corpus.news(Path.of(corpus.substring("news:".length())), Long.MAX_VALUE);
    } else {
      throw new IllegalArgumentException(
          "corpus is generated:SIZE[:DENSITY] or news:FILE, not " + corpus);
    }
    documents = loaded.documents();
    RuleSet rules = new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue)
        .loadBundled(List.of(), true);
    linter = new Linter(rules, ExchangeRates.bundled(), Locale.FRENCH);
  }

  @Benchmark
  public long lexer() {
    long tokens = 0;
    for (Document d : documents) {
      tokens += extractor.tokenCount(d.analysed());
    }
    return tokens;
  }

  @Benchmark
  public long extract() {
    long mentions = 0;
    for (Document d : documents) {
      mentions += extractor.extract(d.analysed(), d.date()).size();
    }
    return mentions;
  }

  /**
   * A minute of warm-up rather than twenty seconds: the optimizing compiler is still at work on
   * the checks after that, and a pass of lint took 390 to 510 ms in the fourth and fifth
   * iterations against 320 to 340 ms from the tenth on (10 MB of news-density text, two cores).
   */
  @Benchmark
  @Warmup(iterations = 12, time = 5)
  public List<Finding> lint() {
    Linter.Run run = linter.start(ClaimArchive.NONE);
    for (Document d : documents) {
      run.add(linter.analyse(d, null));
    }
    return run.finish();
  }
}
