package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.reference.ReferenceSource;
import uk.breachreport.spark.schema.IngestSchema;

/**
 * A slice's files are parsed one at a time, as Spark consumes their rows: a task never holds more
 * than one file's records, however many files or records its slice has.
 */
class IngestStepTest {

  private static final ReferenceData REFERENCE = ReferenceData.load(
      ReferenceSource.folder(BreachReportJobTest.ROOT.resolve("data/reference")), Period.STUDY);

  @TempDir
  Path in;

  @Test
  void aFileIsReadOnlyOnceTheRowsBeforeItAreConsumed() throws IOException {
    Path first = Files.writeString(in.resolve("Southampton City Council.csv"),
        "Date of incident,Description,Action taken,Reported to ICO\n"
            + "05/06/2012,Email sent to wrong recipient,Words of advice,No\n"
            + "07/06/2012,Letter sent to wrong address,Words of advice,No\n");
    Path second = in.resolve("Ryedale District Council.csv");
    Iterator<Row> rows = parse(List.of(file(first), new InputFile(
        second.getFileName().toString(), second.toUri().toString(), 100)));

    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Row row = rows.next();
      seen.add(column(row, "kind") + " " + column(row, "file"));
    }
    // Only now does the second answer arrive: a task that had read ahead would find no file.
    Files.writeString(second, "Ryedale District Council has no record of any breaches.");
    Row last = rows.next();
    seen.add(column(last, "kind") + " " + column(last, "file") + " " + column(last, "outcome"));

    assertEquals(List.of(
        "FILE Southampton City Council.csv",
        "RECORD Southampton City Council.csv",
        "RECORD Southampton City Council.csv",
        "FILE Ryedale District Council.csv NIL_RETURN"), seen);
    assertFalse(rows.hasNext());
  }

  @Test
  void aFilesRecordsAreNormalisedOneAtATimeAsTheyAreTaken() throws IOException {
    StringBuilder csv = new StringBuilder(
        "Date of incident,Description,Action taken,Reported to ICO\n");
    for (int i = 0; i < 1_000; i++) {
      csv.append("05/06/2012,Email " + i + " sent to wrong recipient,Words of advice,No\n");
    }
    Path answer = Files.writeString(in.resolve("Southampton City Council.csv"), csv);
    AtomicInteger normalised = new AtomicInteger();
    NormaliseStep.Records counting = new NormaliseStep.Records(null, null) {
      @Override
      Row normalise(FileResult file, RawRecord raw) {
        normalised.incrementAndGet();
        return RowFactory.create();
      }
    };
    Iterator<Row> rows = new IngestStep.ParseFiles(new LocalBroadcast<>(parser()),
        new LocalBroadcast<>(Manifest.EMPTY), counting, new HadoopConf(new Configuration()))
        .call(List.of(file(answer)));

    assertEquals("FILE", column(rows.next(), "kind"));
    assertEquals("RECORD", column(rows.next(), "kind"));
    assertEquals("RECORD", column(rows.next(), "kind"));
    // A file's rows made all at once held a million-row workbook's twice in memory.
    assertEquals(2, normalised.get(), "only the records taken");
  }

  @Test
  void anEmailNamedAsSavedGivesOneFileRowPerPart() throws IOException {
    String csv = "Date of incident,Description,Action taken,Reported to ICO\n"
        + "05/06/2012,Email sent to wrong recipient,Words of advice,No\n";
    Path email = Files.writeString(in.resolve("RE: FOI 7314 #2 [final].eml"),
        "From: foi@example.org\r\nSubject: RE: FOI 7314\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + "Southampton City Council: our answer is attached.\r\n"
            + "--b\r\nContent-Type: text/csv; name=\"log.csv\"\r\n"
            + "Content-Disposition: attachment; filename=\"log.csv\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + java.util.Base64.getMimeEncoder().encodeToString(csv.getBytes()) + "\r\n--b--\r\n");
    List<InputFile> listed = InputFile.list(in.toString(), new Configuration());

    List<String> seen = new ArrayList<>();
    parse(listed).forEachRemaining(row -> seen.add(column(row, "kind") + " " + column(row, "file")
        + " " + column(row, "authority_code")));

    assertEquals(List.of(email.getFileName().toString()),
        listed.stream().map(InputFile::relative).toList());
    assertEquals(List.of(
        "FILE RE: FOI 7314 #2 [final].eml E06000045",
        "FILE RE: FOI 7314 #2 [final].eml!/log.csv E06000045",
        "RECORD RE: FOI 7314 #2 [final].eml!/log.csv E06000045"), seen);
  }

  /** The slice's rows as an ingest task makes them, with the sample's reference data. */
  static Iterator<Row> parse(List<InputFile> slice) {
    IncidentNormaliser normaliser = new IncidentNormaliser(REFERENCE.register(),
        REFERENCE.taxonomy(), Period.STUDY);
    return new IngestStep.ParseFiles(new LocalBroadcast<>(parser()), new LocalBroadcast<>(Manifest.EMPTY),
        new NormaliseStep.Records(new LocalBroadcast<>(normaliser),
            new LocalBroadcast<>(Corrections.NONE)),
        new HadoopConf(new Configuration()))
        .call(slice);
  }

  private static AnswerParser parser() {
    return new AnswerParser(REFERENCE.columns(), REFERENCE.statuses(), REFERENCE.resolver(),
        REFERENCE.evidence());
  }

  static InputFile file(Path path) throws IOException {
    return new InputFile(path.getFileName().toString(), path.toUri().toString(), Files.size(path));
  }

  static String column(Row row, String name) {
    return row.getString(IngestSchema.SCHEMA.fieldIndex(name));
  }
}
