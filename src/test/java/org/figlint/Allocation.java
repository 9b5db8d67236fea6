package org.figlint;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.function.IntToLongFunction;

/**
 * Work counted as the memory that a thread allocates, which holds on a busy machine where a
 * time would not: the tests that keep the cost of a path linear in its input measure it so.
 */
public final class Allocation {
  private Allocation() {}

  /** The bytes that this thread allocates to run {@code work}. */
  public static long by(Runnable work) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  /**
   * Asserts that {@code work} (the bytes allocated for an input of the size given) grows
   * linearly over {@code n}, 2n and 4n: linear work adds twice as much from 2n to 4n as from n
   * to 2n, quadratic work four times; 2.6 leaves room for noise. A run at 4n comes first, since
   * compiled code allocates less than interpreted code; and since the compiler may still be at
   * work during the measures (on a slow machine it was: 19.8, 19.3 and 34.0 MB for n, 2n and
   * 4n), each size keeps the least it allocated over up to three rounds, which quadratic work
   * fails as surely as one.
   */
  public static void assertLinear(IntToLongFunction work, int n) {
    work.applyAsLong(4 * n);
    long one = Long.MAX_VALUE;
    long two = Long.MAX_VALUE;
    long four = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      one = Math.min(one, work.applyAsLong(n));
      two = Math.min(two, work.applyAsLong(2 * n));
      four = Math.min(four, work.applyAsLong(4 * n));
      if (four - two <= 2.6 * (two - one) + 100_000) {
        return;
      }
    }
    fail("bytes allocated: " + one + ", " + two + ", " + four + " for " + n + ", " + 2 * n + ", "
        + 4 * n);
  }
}
