package org.figlint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.figlint.check.Linter;
import org.figlint.claim.AnalysedDocument;
import org.figlint.document.Document;
import org.figlint.parse.Extractor;
import org.figlint.report.Finding;
import org.figlint.rule.CheckConfig;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;

/**
 * Measures figlint's throughput in one JVM: each stage runs a few untimed warm-up passes, then
 * several timed passes over the whole corpus, taken in turns with the other stages', and the
 * median pass is reported. Documents are shared among the threads of a pool, each thread taking
 * the next document when it is done.
 *
 * <ul>
 *   <li>{@code lexer}: the lexer alone, every token fetched until EOF, no parser;
 *   <li>{@code extract}: {@link Extractor#extract}, as {@code figlint extract} runs it;
 *   <li>{@code lint}: {@link Linter#analyse} on every document and its checks (a {@link
 *       Linter.Run}), then the comparisons across documents, with every check on, as {@code
 *       figlint lint} runs it.
 * </ul>
 *
 * Throughput is UTF-8 bytes of input per second. Peak heap is the highest heap use sampled
 * every few milliseconds during the timed passes, after a garbage collection; it includes the
 * corpus itself, which stays in memory.
 */
public final class Bench {
  /** What is measured. */
  public enum Stage {
    LEXER, EXTRACT, LINT;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Stage parse(String id) {
      for (Stage s : values()) {
        if (s.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new IllegalArgumentException("unknown stage '" + id + "' (lexer, extract or lint)");
    }
  }

  /**
   * @param threads thread counts to run each stage with, such as [1, 2]
   * @param warmupBytes how much of the corpus each warm-up pass reads
   */
  public record Options(List<Stage> stages, List<Integer> threads, int iterations, int warmups,
      long warmupBytes) {
    public Options {
      stages = List.copyOf(stages);
      threads = List.copyOf(threads);
      if (stages.isEmpty() || threads.isEmpty() || iterations < 1 || warmups < 0) {
        throw new IllegalArgumentException("nothing to measure");
      }
    }
  }

  /**
   * One stage at one thread count. {@code seconds} are the timed passes in order;
   * {@code items} are tokens (lexer) or mentions (extract, lint) per pass; for lint,
   * {@code analyseSeconds} and {@code checkSeconds} split the median pass.
   */
  public record Result(Stage stage, int threads, List<Double> seconds, long bytes, long items,
      long peakHeapBytes, long liveHeapBytes, double analyseSeconds, double checkSeconds,
      Map<String, Long> findings, double cpuSeconds) {
    public double median() {
      List<Double> sorted = new ArrayList<>(seconds);
      Collections.sort(sorted);
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
      return Collections.min(seconds);
    }

    public double max() {
      return Collections.max(seconds);
    }

    /** Megabytes (10^6 bytes) of UTF-8 input per second, at the median pass. */
    public double megabytesPerSecond() {
      return bytes / 1e6 / median();
    }

    /**
     * Megabytes of input per second of processor time (all threads of the median pass): what
     * a stage costs, whatever other processes take of the processors.
     */
    public double megabytesPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : bytes / 1e6 / cpuSeconds;
    }

    public double itemsPerSecond() {
      return items / median();
    }

    public long findingCount() {
      return findings.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final Extractor extractor = Extractor.create();
  private final Linter linter;

  public Bench() {
    RuleSet rules = new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue)
        .loadBundled(List.of(), true);
    for (var spec : Linter.specs()) {
      CheckConfig config = rules.check(spec.id());
      if (config == null || !config.enabled()) {
        throw new IllegalStateException("check " + spec.id() + " is off in the bundled rules");
      }
    }
    this.linter = new Linter(rules, ExchangeRates.bundled(), Locale.FRENCH);
  }

  /**
   * Runs every stage at every thread count; {@code log} receives one line per pass. Each stage
   * and thread count is warmed up in turn; then the timed passes go round: the first pass of
   * each, then the second of each, and so on. Whatever slows the machine for a while (another
   * process, the host of a virtual machine) then weighs on every stage alike, rather than on
   * the one measured at that moment, and the ratios of throughput hold better than the
   * throughputs themselves.
   */
  public List<Result> run(Corpus corpus, Options options, Consumer<String> log) {
    Corpus warm = corpus.head(options.warmupBytes());
    List<Series> series = new ArrayList<>();
    long live;
    try {
      for (Stage stage : options.stages()) {
        for (int threads : options.threads()) {
          Series s = new Series(stage, threads);
          series.add(s);
          warmUp(s, warm, options, log);
        }
      }
      // The heap in use with the corpus loaded. From then on each pass leaves its garbage to the
      // next, as in a run of lint: after a collection G1, the JVM's default collector, shrinks
      // the heap, then works during the next pass alongside its threads.
      System.gc();
      live = heapUsed();
      for (int i = 0; i < options.iterations(); i++) {
        for (Series s : series) {
          HeapSampler sampler = new HeapSampler();
          sampler.start();
          long compiling = compilationMillis();
          Pass p = pass(s.stage, corpus.documents(), s.threads, s.pool, s.checkPool);
          compiling = compilationMillis() - compiling;
          s.peak = Math.max(s.peak, sampler.stop());
          s.passes.add(p);
          log.accept(String.format(Locale.ROOT,
              "%s, %d thread%s: pass %d/%d, %.2f s, %.2f MB/s, compiler %d ms",
              s.stage.id(), s.threads, s.threads == 1 ? "" : "s", i + 1, options.iterations(),
              p.seconds, corpus.bytes() / 1e6 / p.seconds, compiling));
        }
      }
    } finally {
      for (Series s : series) {
        s.pool.shutdownNow();
        s.checkPool.shutdownNow();
      }
    }
    List<Result> results = new ArrayList<>();
    for (Series s : series) {
      List<Double> seconds = s.passes.stream().map(p -> p.seconds).toList();
      Pass median = s.passes.stream()
          .sorted((a, b) -> Double.compare(a.seconds, b.seconds))
          .toList().get(s.passes.size() / 2);
      results.add(new Result(s.stage, s.threads, seconds, corpus.bytes(), median.items, s.peak,
          live, median.analyseSeconds, median.checkSeconds, median.findings,
          median.cpuSeconds));
    }
    return results;
  }

  /** One stage at one thread count: its threads, and its timed passes so far. */
  private static final class Series {
    final Stage stage;
    final int threads;
    final ExecutorService pool;
    final ForkJoinPool checkPool;
    final List<Pass> passes = new ArrayList<>();
    long peak;

    Series(Stage stage, int threads) {
      this.stage = stage;
      this.threads = threads;
      this.pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "bench-" + stage.id());
        t.setDaemon(true);
        return t;
      });
      this.checkPool = new ForkJoinPool(threads);
    }
  }

  /**
   * The fixed warm-up passes, then more while the JIT compiler is still busy (up to three times
   * as many): compiling the parser's large methods can take longer than the passes, most of all
   * with a sparse corpus, and on two cores it takes one from the workers. The compiler can pause
   * between two methods, so it is taken as done after two quiet passes.
   */
  private void warmUp(Series s, Corpus warm, Options options, Consumer<String> log) {
    int most = options.warmups() * (1 + EXTRA_WARMUPS);
    int quiet = 0;
    for (int i = 0; i < most; i++) {
      long compiling = compilationMillis();
      Pass p = pass(s.stage, warm.documents(), s.threads, s.pool, s.checkPool);
      compiling = compilationMillis() - compiling;
      log.accept(String.format(Locale.ROOT, "%s, %d thread%s: warm-up %d, %.2f s, compiler %d ms",
          s.stage.id(), s.threads, s.threads == 1 ? "" : "s", i + 1, p.seconds, compiling));
      quiet = compiling < p.seconds * 1000 * COMPILER_BUSY ? quiet + 1 : 0;
      if (i + 1 >= options.warmups() && quiet >= 2) {
        break;
      }
    }
  }

  /** One pass over the documents. */
  private record Pass(double seconds, long items, double analyseSeconds, double checkSeconds,
      Map<String, Long> findings, double cpuSeconds) {}

  private Pass pass(Stage stage, List<Document> docs, int threads, ExecutorService pool,
      ForkJoinPool checkPool) {
    long start = System.nanoTime();
    AtomicLong cpu = new AtomicLong();
    switch (stage) {
      case LEXER -> {
        long tokens = forEach(docs, threads, pool, cpu,
            (i, d) -> extractor.tokenCount(d.analysed()));
        return new Pass(seconds(start), tokens, 0, 0, Map.of(), cpu.get() / 1e9);
      }
      case EXTRACT -> {
        long mentions = forEach(docs, threads, pool, cpu,
            (i, d) -> extractor.extract(d.analysed(), d.date()).size());
        return new Pass(seconds(start), mentions, 0, 0, Map.of(), cpu.get() / 1e9);
      }
      default -> {
        // As figlint lint runs: each document is analysed and checked, and let go; then the
        // claims kept are compared across documents.
        Linter.Run run = linter.start(org.figlint.claim.ClaimArchive.NONE);
        long mentions = forEach(docs, threads, pool, cpu, (i, d) -> {
          AnalysedDocument analysed = linter.analyse(d, null);
          run.add(analysed);
          return analysed.mentions().size();
        });
        long analysedAt = System.nanoTime();
        long processCpu = processCpuNanos();
        List<Finding> findings;
        try {
          findings = checkPool.submit(run::finish).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("lint failed: " + e.getCause(), e.getCause());
        }
        double total = seconds(start);
        long compareCpu = processCpuNanos() - processCpu;
        Map<String, Long> byRule = new TreeMap<>();
        for (Finding f : findings) {
          byRule.merge(f.ruleId(), 1L, Long::sum);
        }
        return new Pass(total, mentions, (analysedAt - start) / 1e9, total - (analysedAt - start) / 1e9,
            byRule, (cpu.get() + Math.max(0, compareCpu)) / 1e9);
      }
    }
  }

  /** Work on one document, given with its index; returns what is counted (tokens, mentions). */
  private interface Work {
    long apply(int index, Document doc);
  }

  /** Work on each document, in {@code pool}'s threads; the sum of what the work returns. */
  private static long forEach(List<Document> docs, int threads, ExecutorService pool,
      AtomicLong cpuNanos, Work work) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong sum = new AtomicLong();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(() -> {
        long cpuStart = threadCpuNanos();
        long local = 0;
        for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
          local += work.apply(i, docs.get(i));
        }
        sum.addAndGet(local);
        cpuNanos.addAndGet(threadCpuNanos() - cpuStart);
      }));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("benchmark pass failed: " + e.getCause(), e.getCause());
      }
    }
    return sum.get();
  }

  /** Warm-up passes beyond the fixed ones, at most, per fixed one. */
  private static final int EXTRA_WARMUPS = 3;
  /** The share of a pass's time that the compiler may work for the warm-up to end. */
  private static final double COMPILER_BUSY = 0.1;

  /** Time the JIT compiler's threads have worked, in all (ms), or 0 where not measured. */
  private static long compilationMillis() {
    var bean = ManagementFactory.getCompilationMXBean();
    return bean != null && bean.isCompilationTimeMonitoringSupported()
        ? bean.getTotalCompilationTime() : 0;
  }

  /** Processor time of the calling thread, 0 where the platform does not measure it. */
  private static long threadCpuNanos() {
    var bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
  }

  /** Processor time of the whole JVM (every thread, the collector's too), or 0. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Samples heap use every few milliseconds; also resets the pools' own peaks. */
  private static final class HeapSampler {
    private volatile boolean running = true;
    private volatile long peak;
    private Thread thread;

    void start() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
      peak = heapUsed();
      thread = new Thread(() -> {
        while (running) {
          peak = Math.max(peak, heapUsed());
          java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
          if (Thread.interrupted()) {
            return;
          }
        }
      }, "bench-heap");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() {
      running = false;
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Math.max(peak, heapUsed());
    }
  }
}
