package org.figlint.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr for long runs: documents analysed out of the total, throughput
 * in MB/s, then the number of findings once the checks, which compare documents with each other,
 * have run. It is drawn only when stderr is a terminal outside CI, and only once a run has lasted
 * {@link #DELAY_NANOS}: a short run, a pipe or a CI log gets nothing. The final line stays.
 */
final class Progress {
  static final long DELAY_NANOS = 500_000_000L;
  private static final long INTERVAL_MILLIS = 150;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final boolean french;
  private final boolean enabled;
  private final LongSupplier clock;
  private final boolean background;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private volatile int total;
  private volatile boolean checking;
  private volatile long analysed;
  private volatile long start;
  private boolean shown;
  private int width;
  private ScheduledExecutorService ticker;

  /** A bar drawn at each {@link #tick()} when {@code enabled}, timed by {@code clock}. */
  Progress(PrintWriter err, Locale locale, boolean enabled, LongSupplier clock) {
    this(err, locale, enabled, clock, false);
  }

  private Progress(PrintWriter err, Locale locale, boolean enabled, LongSupplier clock,
      boolean background) {
    this.err = err;
    this.french = !locale.getLanguage().equals("en");
    this.enabled = enabled;
    this.clock = clock;
    this.background = background;
    this.start = clock.getAsLong();
  }

  /**
   * A progress bar on {@code err}, redrawn in the background, only when stderr is a terminal
   * and not in CI.
   */
  static Progress onTerminal(PrintWriter err, Locale locale) {
    return new Progress(err, locale, isTerminal() && !inCi(System.getenv("CI")), System::nanoTime,
        true);
  }

  /** True when the {@code CI} variable says so, as CI services set it. */
  static boolean inCi(String ci) {
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // From Java 22 a console may exist without a terminal; Console.isTerminal() tells.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Starts counting {@code documents}. */
  void start(int documents) {
    total = documents;
    start = clock.getAsLong();
    if (enabled && background && ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "figlint-progress");
        thread.setDaemon(true);
        return thread;
      });
      ticker.scheduleAtFixedRate(this::tick, INTERVAL_MILLIS, INTERVAL_MILLIS,
          TimeUnit.MILLISECONDS);
    }
  }

  /** {@code documents} more (or fewer) than counted at the start: an input held several. */
  void more(int documents) {
    synchronized (this) {
      total += documents;
    }
  }

  /** One more document analysed: {@code text} is its content. Safe from any thread. */
  void documentDone(String text) {
    if (enabled) {
      done.incrementAndGet();
      bytes.addAndGet(utf8Length(text));
    }
  }

  /** Every document is analysed; the checks are running. The throughput stays that of analysis. */
  void checking() {
    analysed = clock.getAsLong();
    checking = true;
  }

  /** Draws the current state, once the run has lasted long enough. */
  synchronized void tick() {
    if (enabled && clock.getAsLong() - start >= DELAY_NANOS) {
      draw(line(-1), false);
    }
  }

  /** Ends the bar with {@code findings}, on its own line; nothing when it was never drawn. */
  synchronized void finish(int findings) {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    if (shown) {
      draw(line(findings), true);
    }
  }

  private String line(int findings) {
    int n = done.get();
    int of = Math.max(total, n);
    int filled = of == 0 ? BAR : (int) ((long) n * BAR / of);
    long end = checking ? analysed : clock.getAsLong();
    double seconds = Math.max(1e-9, (end - start) / 1e9);
    double megabytes = bytes.get() / 1e6 / seconds;
    StringBuilder line = new StringBuilder("figlint").append(french ? " : [" : ": [")
        .append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
        .append(n).append('/').append(of).append(" documents · ")
        .append(String.format(french ? Locale.FRENCH : Locale.ENGLISH, "%.1f", megabytes))
        .append(french ? " Mo/s" : " MB/s");
    if (findings >= 0) {
      line.append(" · ").append(findings).append(french ? " constat" : " finding")
          .append(findings == 1 ? "" : "s");
    } else if (checking) {
      line.append(french ? " · vérification…" : " · checking…");
    }
    return line.toString();
  }

  private void draw(String line, boolean last) {
    int pad = Math.max(0, width - line.length());
    err.print("\r" + line + " ".repeat(pad) + (last ? "\n" : ""));
    err.flush();
    width = line.length();
    shown = true;
  }

  /** The size of {@code text} in UTF-8, without encoding it. */
  static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
