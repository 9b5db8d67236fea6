package org.figlint.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs reviews on a bounded pool of workers, each with a deadline: a review that misses it is
 * answered with 503 and its worker interrupted, and the server goes on. The workers get a deep
 * stack, as the command line's analysis threads do.
 */
final class Deadlines implements AutoCloseable {
  private static final long STACK_BYTES = 16L << 20;

  private final ThreadPoolExecutor workers;
  private final Duration timeout;

  Deadlines(int threads, int queue, Duration timeout) {
    this.timeout = timeout;
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(null, r, "figlint-review-" + count.incrementAndGet(), STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue), factory, new ThreadPoolExecutor.AbortPolicy());
  }

  /** The result of {@code work}, or an {@link HttpError}: 503 past the deadline or when full. */
  <T> T run(Callable<T> work) {
    Future<T> future;
    try {
      future = workers.submit(work);
    } catch (RejectedExecutionException e) {
      throw new HttpError(503, "server busy: too many reviews waiting");
    }
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpError(503, "review not finished within " + describe(timeout));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new HttpError(503, "server stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpError error) {
        throw error;
      }
      if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
        throw new HttpError(413, "text too large to analyse");
      }
      throw new IllegalStateException(cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
  }

  static String describe(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
