package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Files dealt into ingest slices of about equal work. */
class SlicesTest {

  @Test
  void everyFileIsInExactlyOneSlice() {
    List<InputFile> files = files(1000, i -> 1_000L + (i * 7919L) % 50_000);
    List<List<InputFile>> slices = Slices.of(files, 2);

    assertEquals(2 * Slices.PER_CORE, slices.size());
    List<InputFile> dealt = new ArrayList<>();
    slices.forEach(dealt::addAll);
    dealt.sort(Comparator.comparing(InputFile::relative));
    assertEquals(files, dealt);
  }

  @Test
  void slicesCarryAboutEqualWork() {
    List<InputFile> files = files(1000, i -> 1_000L + (i * 7919L) % 50_000);
    List<Long> work = Slices.of(files, 4).stream().map(SlicesTest::work).toList();
    long lightest = work.stream().mapToLong(Long::longValue).min().orElseThrow();
    long heaviest = work.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertTrue(heaviest - lightest <= 50_000 + Slices.FILE_COST_BYTES,
        "within one file's work of each other: " + work);
  }

  @Test
  void aHugeFileHasASliceToItself() {
    List<InputFile> files = new ArrayList<>(files(30, i -> 10_000L));
    files.add(new InputFile("million-rows.xlsx", "file:/in/million-rows.xlsx", 25_000_000L));
    List<List<InputFile>> slices = Slices.of(files, 1);

    assertEquals(3, slices.size());
    assertTrue(slices.stream().anyMatch(s -> s.size() == 1
        && s.get(0).relative().equals("million-rows.xlsx")), slices.toString());
  }

  @Test
  void neverMoreSlicesThanFilesNorFewerThanOne() {
    assertEquals(2, Slices.of(files(2, i -> 10L), 8).size());
    assertEquals(1, Slices.of(List.of(), 8).size());
  }

  private static long work(List<InputFile> slice) {
    return slice.stream().mapToLong(f -> f.size() + Slices.FILE_COST_BYTES).sum();
  }

  private static List<InputFile> files(int n, java.util.function.IntToLongFunction size) {
    return IntStream.range(0, n)
        .mapToObj(i -> new InputFile(String.format("answer-%04d.xlsx", i),
            "file:/in/answer-" + i + ".xlsx", size.applyAsLong(i)))
        .toList();
  }
}
