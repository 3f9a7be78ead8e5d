package uk.breachreport.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import uk.breachreport.core.Tasks;

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

  /** Work that gives nothing back, such as writing an output. */
  Future<?> run(Runnable work) {
    return pool.submit(work);
  }

  /** The query's result, or the exception it threw. */
  static <T> T result(Future<T> query) {
    try {
      return Tasks.await(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // only when interrupted: a query throws no IOException
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
