package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.breachreport.spark.schema.IncidentSchema;
import uk.breachreport.spark.schema.IngestSchema;

/** Records leave the ingest task normalised: an incident, or an exclusion with its reason. */
class NormaliseStepTest {

  @TempDir
  Path in;

  @Test
  void aRecordIsNormalisedInTheTaskThatReadIt() throws IOException {
    Path answer = Files.writeString(in.resolve("Southampton City Council.csv"),
        "Date of incident,Description,Action taken,Reported to ICO\n"
            + "05/06/2012,Email sent to wrong recipient,Words of advice,No\n"
            + "05/06/2005,Letter sent to wrong address,Words of advice,No\n");
    List<Row> records = new ArrayList<>();
    IngestStepTest.parse(List.of(IngestStepTest.file(answer))).forEachRemaining(row -> {
      if (IngestStepTest.column(row, "kind").equals(IngestSchema.RECORD)) {
        records.add(row.getStruct(IngestSchema.SCHEMA.fieldIndex("record")));
      }
    });

    assertEquals(2, records.size());
    Row counted = records.get(0);
    assertEquals("SENT_TO_WRONG_RECIPIENT", value(counted, "category"));
    assertEquals("E06000045", value(counted, "authority_code"));
    assertEquals(2, (int) value(counted, "source_row"));
    assertNull(value(counted, "excluded_because"));
    Row outside = records.get(1);
    assertNull(value(outside, "category"), "an excluded record is only identified");
    assertEquals("05/06/2005 | Letter sent to wrong address | 1", value(outside, "description"));
    assertEquals(3, (int) value(outside, "source_row"));
    String reason = value(outside, "excluded_because");
    assertEquals(true, reason != null && reason.contains("2005"), reason);
  }

  @SuppressWarnings("unchecked")
  private static <T> T value(Row record, String column) {
    return (T) record.get(IncidentSchema.NORMALISED.fieldIndex(column));
  }
}
