package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.FileOutcome;

class DuplicatesTest {

  @Test
  void theCopyOfAnAnswerIsTheDuplicateWhateverTheOrder() {
    Map<String, String> sha = new TreeMap<>();
    sha.put("Copy of Bristol City Council FOI 0412 breaches.xlsx", "aa");
    sha.put("Bristol City Council FOI 0412 breaches.xlsx", "aa");
    sha.put("Kent.xlsx", "bb");
    assertEquals(List.of(new FileDecision("Copy of Bristol City Council FOI 0412 breaches.xlsx",
            FileOutcome.DUPLICATE, "Bristol City Council FOI 0412 breaches.xlsx",
            "same bytes (sha256) as 'Bristol City Council FOI 0412 breaches.xlsx', read once")),
        Duplicates.of(sha));
  }

  @Test
  void savedCopiesOfManyKindsGiveWayToTheOriginal() {
    for (String copy : List.of("in/leeds (2).csv", "in/leeds - Copy.csv", "in/Copy (3) of leeds.csv")) {
      Map<String, String> sha = Map.of(copy, "cc", "in/leeds-longer-original-name.csv", "cc");
      assertEquals("in/leeds-longer-original-name.csv", Duplicates.of(sha).get(0).repeats(), copy);
    }
  }

  @Test
  void threeIdenticalFilesKeepOneAndFilesWithoutAChecksumAreLeftAlone() {
    Map<String, String> sha = new TreeMap<>(Map.of("b.csv", "dd", "a.csv", "dd", "c.csv", "dd",
        "unreadable.xlsx", ""));
    List<FileDecision> d = Duplicates.of(sha);
    assertEquals(List.of("b.csv", "c.csv"), d.stream().map(FileDecision::file).toList());
    assertEquals(List.of("a.csv", "a.csv"), d.stream().map(FileDecision::repeats).toList());
  }
}
