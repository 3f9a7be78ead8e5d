package uk.breachreport.spark;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Independent queries submitted side by side from driver threads. Each of the job's small
 * queries spends most of its time planning and scheduling on the driver, so one after the other
 * they leave the cores idle. The threads inherit the caller's job group.
 */
final class SideBySide implements AutoCloseable {

  /** Queries at once: enough to overlap one's planning with another's tasks. */
  private static final int THREADS = 4;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  <T> Future<T> submit(Supplier<T> query) {
    return pool.submit(query::get);
  }

  /** The query's result, or the exception it threw (not the executor's wrapper). */
  static <T> T result(Future<T> query) {
    try {
      return query.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a query", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
