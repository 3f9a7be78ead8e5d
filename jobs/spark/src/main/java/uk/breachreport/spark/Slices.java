package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The input files dealt into slices of about equal work, one ingest task each: largest first, each
 * to the slice with the least work so far. A file's work is its size plus a fixed cost, since
 * opening even a tiny workbook costs as much as reading tens of kilobytes.
 */
final class Slices {

  /** Per-core slices: enough that a slow slice does not leave a core idle for long. */
  static final int PER_CORE = 3;
  /** The cost of opening one answer, in bytes of reading. */
  static final long FILE_COST_BYTES = 64 * 1024;

  private Slices() {}

  static List<List<InputFile>> of(List<InputFile> files, int cores) {
    int count = Math.max(1, Math.min(files.size(), cores * PER_CORE));
    List<List<InputFile>> slices = new ArrayList<>();
    PriorityQueue<Slice> lightest = new PriorityQueue<>(
        Comparator.comparingLong(Slice::work).thenComparingInt(Slice::index));
    for (int i = 0; i < count; i++) {
      slices.add(new ArrayList<>());
      lightest.add(new Slice(i, 0));
    }
    List<InputFile> largestFirst = new ArrayList<>(files);
    largestFirst.sort(Comparator.comparingLong(InputFile::size).reversed()
        .thenComparing(InputFile::relative));
    for (InputFile file : largestFirst) {
      Slice slice = lightest.poll();
      slices.get(slice.index()).add(file);
      lightest.add(new Slice(slice.index(), slice.work() + file.size() + FILE_COST_BYTES));
    }
    return slices;
  }

  private record Slice(int index, long work) {}
}
