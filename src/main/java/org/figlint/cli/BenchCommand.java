package org.figlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.figlint.bench.Bench;
import org.figlint.bench.Corpus;
import org.figlint.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figlint bench}: measures the lexer, extraction and lint on generated or real news. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Mesure le débit du lexer, de l'extraction et de lint (Mo/s), sur un corpus généré ou "
          + "sur de vraies dépêches, avec 1 puis N threads.",
      "Sizes are in bytes of UTF-8 text: 100KB, 10MB, 1GB (powers of 10) or KiB, MiB, GiB."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the benchmark ran",
      "2:usage error or unreadable input"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Generated corpus size (default 10MB); with --news, read at most SIZE.")
  Long size;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--density", defaultValue = "news",
      description = "Figure density of generated text: news (as dense as real news, about "
          + "2,800 mentions per MB; the default), low, normal or high (2, 4 and 7 times "
          + "denser, to load the parser and the checks more than real text does).")
  String density;

  @Option(names = "--errors", defaultValue = "0.02", paramLabel = "SHARE",
      description = "Share of generated figure sentences with a planted inconsistency "
          + "(default: ${DEFAULT-VALUE}).")
  double errors;

  @Option(names = "--news", paramLabel = "FILE",
      description = "Real news instead: JSON lines (optionally gzipped) with date, title, heading, article.")
  Path news;

  @Option(names = "--threads", paramLabel = "N",
      description = "Also run with N threads and report the speed-up (default: the number of processors).")
  Integer threads;

  @Option(names = "--iterations", defaultValue = "5", paramLabel = "N",
      description = "Timed passes per stage; the median is reported (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--warmup", defaultValue = "5", paramLabel = "N",
      description = "Untimed passes over the first 16 MB before timing (default: "
          + "${DEFAULT-VALUE}), and up to three times as many more until the JIT compiler has "
          + "worked for less than a tenth of two passes in a row: before that, it is still at "
          + "work on the parser, on a processor the timed passes need.")
  int warmups;

  @Option(names = "--what", defaultValue = "lexer,extract,lint", split = ",", paramLabel = "STAGE",
      description = "Stages to measure: lexer, extract, lint (default: ${DEFAULT-VALUE}).")
  List<String> what;

  @Option(names = "--save", paramLabel = "DIR",
      description = "Write the generated corpus to DIR, one file per document, and measure nothing.")
  Path save;

  static final long WARMUP_BYTES = 16_000_000;
  static final long DEFAULT_SIZE = 10_000_000;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CorpusGenerator.Density d;
    List<Bench.Stage> stages = new ArrayList<>();
    try {
      d = CorpusGenerator.Density.parse(density);
      for (String s : what) {
        stages.add(Bench.Stage.parse(s));
      }
      if (errors < 0 || errors > 1) {
        throw new IllegalArgumentException("--errors must be between 0 and 1");
      }
      if (iterations < 1 || warmups < 0 || (threads != null && threads < 1)) {
        throw new IllegalArgumentException("--iterations and --threads must be at least 1");
      }
    } catch (IllegalArgumentException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    long bytes = size != null ? size : news != null ? Long.MAX_VALUE : DEFAULT_SIZE;
    if (save != null) {
      CorpusGenerator.Summary s = new CorpusGenerator(seed, d, errors).writeFolder(save, bytes);
      out.printf(Locale.ROOT, "%d documents, %d bytes written to %s%n", s.documents(), s.bytes(), save);
      out.println("planted: " + planted(s));
      out.flush();
      return ExitCode.OK.code;
    }
    Corpus corpus;
    if (news != null) {
      if (!Files.isRegularFile(news)) {
        err.println("figlint: " + news + ": no such file");
        return ExitCode.ERROR.code;
      }
      corpus = Corpus.news(news, bytes);
    } else {
      corpus = Corpus.generate(bytes, seed, d, errors);
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<Integer> threadCounts = n == 1 ? List.of(1) : List.of(1, n);
    Bench.Options options = new Bench.Options(stages, threadCounts, iterations, warmups, WARMUP_BYTES);
    header(out, corpus, options);
    out.flush();
    List<Bench.Result> results = new Bench().run(corpus, options, line -> {
      err.println(line);
      err.flush();
    });
    table(out, results);
    footer(out, corpus, results);
    out.flush();
    return ExitCode.OK.code;
  }

  private static void header(PrintWriter out, Corpus corpus, Bench.Options options) {
    Runtime rt = Runtime.getRuntime();
    out.println("figlint bench");
    out.printf(Locale.ROOT, "input    %s%n", corpus.description());
    out.printf(Locale.ROOT, "         %.2f MB (%d bytes of UTF-8), %d documents%n",
        corpus.bytes() / 1e6, corpus.bytes(), corpus.documents().size());
    out.printf(Locale.ROOT, "machine  %d processors, %s %s, max heap %d MB, %s %s%n",
        rt.availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), rt.maxMemory() >> 20,
        System.getProperty("os.name"), System.getProperty("os.arch"));
    out.printf(Locale.ROOT, "method   %d warm-up pass%s over the first %.1f MB (more while the "
            + "compiler is busy), then %d timed pass%s over everything, the stages taking turns; "
            + "median shown; MB = 10^6 bytes%n",
        options.warmups(), options.warmups() == 1 ? "" : "es",
        Math.min(options.warmupBytes(), corpus.bytes()) / 1e6, options.iterations(),
        options.iterations() == 1 ? "" : "es");
    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
    out.printf(Locale.ROOT, "         JVM options: %s%n", jvm.isEmpty() ? "none" : String.join(" ", jvm));
    out.printf(Locale.ROOT, "load     %s at start (other processes compete for the processors)%n",
        loadAverage());
    out.println();
  }

  private static void table(PrintWriter out, List<Bench.Result> results) {
    out.printf(Locale.ROOT, "%-8s %7s %9s %8s %8s %8s %9s %12s %12s %10s %8s%n", "stage",
        "threads", "median s", "min s", "max s", "MB/s", "MB/cpu-s", "mentions/s", "tokens/s",
        "peak heap", "speed-up");
    for (Bench.Result r : results) {
      Bench.Result single = results.stream()
          .filter(o -> o.stage() == r.stage() && o.threads() == 1).findFirst().orElse(null);
      boolean lexer = r.stage() == Bench.Stage.LEXER;
      out.printf(Locale.ROOT, "%-8s %7d %9.3f %8.3f %8.3f %8.2f %9.2f %12s %12s %7d MB %8s%n",
          r.stage().id(), r.threads(), r.median(), r.min(), r.max(), r.megabytesPerSecond(),
          r.megabytesPerCpuSecond(),
          lexer ? "-" : String.format(Locale.ROOT, "%.0f", r.itemsPerSecond()),
          lexer ? String.format(Locale.ROOT, "%.0f", r.itemsPerSecond()) : "-",
          r.peakHeapBytes() >> 20,
          single == null || r.threads() == 1 ? "-"
              : String.format(Locale.ROOT, "%.2fx", single.median() / r.median()));
    }
    out.println();
  }

  private static void footer(PrintWriter out, Corpus corpus, List<Bench.Result> results) {
    for (Bench.Result r : results) {
      if (r.stage() == Bench.Stage.EXTRACT) {
        results.stream().filter(l -> l.stage() == Bench.Stage.LEXER && l.threads() == r.threads())
            .findFirst().ifPresent(l -> out.printf(Locale.ROOT,
                "extract, %d thread%s: %.0f %% of the lexer's throughput (%.0f %% by processor "
                    + "time), %d mentions%n",
                r.threads(), r.threads() == 1 ? "" : "s",
                100 * r.megabytesPerSecond() / l.megabytesPerSecond(),
                100 * r.megabytesPerCpuSecond() / l.megabytesPerCpuSecond(), r.items()));
      }
      if (r.stage() == Bench.Stage.LINT) {
        out.printf(Locale.ROOT, "lint, %d thread%s: analyse and check each document %.2f s + "
            + "compare across documents %.2f s, %d findings%n",
            r.threads(), r.threads() == 1 ? "" : "s", r.analyseSeconds(), r.checkSeconds(),
            r.findingCount());
        results.stream().filter(l -> l.stage() == Bench.Stage.LEXER && l.threads() == r.threads())
            .findFirst().ifPresent(l -> out.printf(Locale.ROOT,
                "lint, %d thread%s: %.0f %% of the lexer's throughput (%.0f %% by processor "
                    + "time)%n", r.threads(), r.threads() == 1 ? "" : "s",
                100 * r.megabytesPerSecond() / l.megabytesPerSecond(),
                100 * r.megabytesPerCpuSecond() / l.megabytesPerCpuSecond()));
      }
    }
    results.stream().filter(r -> r.stage() == Bench.Stage.LINT).reduce((a, b) -> b)
        .ifPresent(r -> out.println("findings: " + findings(r.findings())));
    if (corpus.planted() != null) {
      out.println("planted:  " + planted(corpus.planted()));
    }
    long live = results.stream().mapToLong(Bench.Result::liveHeapBytes).min().orElse(0);
    out.printf(Locale.ROOT, "heap in use before timing (corpus loaded, after GC): %d MB%n", live >> 20);
    out.printf(Locale.ROOT, "load %s at the end%n", loadAverage());
  }

  /** The system's 1-minute load average, if the platform gives one. */
  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "(load average unknown)"
        : String.format(Locale.ROOT, "1-minute load average %.2f", load);
  }

  private static String findings(Map<String, Long> byRule) {
    if (byRule.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    byRule.forEach((rule, n) -> parts.add(rule + " " + n));
    return String.join(", ", parts);
  }

  private static String planted(CorpusGenerator.Summary s) {
    List<String> parts = new ArrayList<>();
    s.planted().forEach((kind, n) -> parts.add(kind.description + " " + n));
    return String.join(", ", parts) + String.format(Locale.ROOT,
        " (%d of %d sentences with figures)", s.plantedTotal(), s.figureSentences());
  }

  /** "10MB", "100KB", "1GB", "1.5MiB", "4096". */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return org.figlint.bench.Corpus.parseSize(value);
    }
  }
}
