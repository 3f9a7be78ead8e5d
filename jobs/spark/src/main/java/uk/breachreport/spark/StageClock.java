package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall time of each stage as it finishes, for the user watching the run and for benchmarks. */
final class StageClock {

  private final List<String> stages = new ArrayList<>();
  private final long start = System.nanoTime();
  private long last = start;

  void done(String stage, String what) {
    long now = System.nanoTime();
    String line = String.format(Locale.ROOT, "%s %s %.1f s", stage, what, (now - last) / 1e9);
    System.err.println("breach-report: " + line);
    stages.add(line);
    last = now;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.1f s (%s)", (System.nanoTime() - start) / 1e9,
        String.join(", ", stages));
  }
}
