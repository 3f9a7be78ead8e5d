package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;
import uk.breachreport.spark.schema.IncidentSchema;

/** Records are normalised as Spark consumes them, never a partition's worth held at once. */
class NormaliseStepTest {

  @Test
  void eachRecordIsNormalisedWhenItsRowIsTaken() {
    AtomicInteger taken = new AtomicInteger();
    Iterator<Row> records = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return taken.get() < 1_000;
      }

      @Override
      public Row next() {
        int n = taken.incrementAndGet();
        return RowFactory.create("southampton.csv", "ab12", "E06000045", RowFactory.create(
            "Sheet1", n + 1, "INCIDENT_LOG", 1, "05/06/2012", null,
            "Email sent to wrong recipient", null, null, null, null, null, null, 1L, false));
      }
    };
    Iterator<Row> incidents = new NormaliseStep.NormaliseRecords(new LocalBroadcast<>(normaliser()),
        new LocalBroadcast<>(Corrections.NONE))
        .call(records);

    Row first = incidents.next();
    incidents.next();

    assertEquals(2, taken.get());
    assertEquals("SENT_TO_WRONG_RECIPIENT",
        first.getString(IncidentSchema.SCHEMA.fieldIndex("category")));
    assertEquals(2, first.getInt(IncidentSchema.SCHEMA.fieldIndex("source_row")));
  }

  private static IncidentNormaliser normaliser() {
    ReferenceData reference = ReferenceData.load(
        ReferenceSource.folder(BreachReportJobTest.ROOT.resolve("data/reference")), Period.STUDY);
    return new IncidentNormaliser(reference.register(), reference.taxonomy(), Period.STUDY);
  }
}
