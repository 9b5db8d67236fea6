package org.figlint.archive;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar for long runs, redrawn in place at most five times a second:
 * {@code [########------------]  40%  5 701/14 252 documents  812/s}. Without a known total it
 * shows the count and the rate.
 */
public final class Progress implements IntConsumer {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final long total;
  private final String unit;
  private final long started = System.nanoTime();
  private long done;
  private long drawn = -REDRAW_NANOS;
  private boolean visible;

  /** {@code total} is 0 when unknown. */
  public Progress(PrintWriter out, long total, String unit) {
    this.out = out;
    this.total = total;
    this.unit = unit;
  }

  @Override
  public synchronized void accept(int count) {
    done += count;
    long now = System.nanoTime();
    if (now - drawn >= REDRAW_NANOS) {
      drawn = now;
      draw(now);
    }
  }

  /** Draws the final state and ends the line. */
  public synchronized void finish() {
    if (visible || done > 0) {
      draw(System.nanoTime());
      out.print("\n");
      out.flush();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    String rate = String.format(Locale.ROOT, "%,.0f/s", done / seconds);
    String line;
    if (total > 0) {
      long shown = Math.min(done, total);
      int filled = (int) (WIDTH * shown / total);
      line = String.format(Locale.ROOT, "[%s%s] %3d%%  %,d/%,d %s  %s", "#".repeat(filled),
          "-".repeat(WIDTH - filled), 100 * shown / total, shown, total, unit, rate);
    } else {
      line = String.format(Locale.ROOT, "%,d %s  %s", done, unit, rate);
    }
    out.print("\r" + line + "\033[K");
    out.flush();
    visible = true;
  }
}
