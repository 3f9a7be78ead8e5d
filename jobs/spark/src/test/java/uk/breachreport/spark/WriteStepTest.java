package uk.breachreport.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rejects/ neutralises council text by core's one rule, SpreadsheetSafe. */
class WriteStepTest extends SparkTestBase {

  private static final StructType ROWS = new StructType()
      .add("file", DataTypes.StringType).add("sheet", DataTypes.StringType)
      .add("row", DataTypes.IntegerType).add("authority_code", DataTypes.StringType)
      .add("reason", DataTypes.StringType).add("raw", DataTypes.StringType);

  @TempDir Path tmp;

  @Test
  void aFormulaIsNeutralisedAndANegativeNumberIsNot() throws Exception {
    Dataset<Row> rejects = spark().createDataFrame(List.of(
        RowFactory.create("a.csv", null, 3, "E1", "no count", "=HYPERLINK(\"x\")"),
        RowFactory.create("a.csv", null, 4, "E1", "no count", "-12"),
        RowFactory.create("a.csv", null, 5, "E1", "no count", "-12 records")), ROWS);
    Dataset<Row> none = spark().createDataFrame(List.<Row>of(), ROWS);
    Dataset<Row> files = spark().createDataFrame(List.<Row>of(), new StructType()
        .add("file", DataTypes.StringType).add("outcome", DataTypes.StringType)
        .add("authority_code", DataTypes.StringType).add("reason", DataTypes.StringType));
    OutputDir out = OutputDir.open(tmp.resolve("out").toString(), new Configuration());
    WriteStep.rejects(new IngestStep.Result(files, none, rejects, none), files,
        new ReviewStep.Figures(none, none, none, List.of(), List.of()), out);
    Path csv;
    try (Stream<Path> written = Files.list(Path.of(out.path("rejects").replace("file:", "")))) {
      csv = written.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst()
          .orElseThrow();
    }
    Assertions.assertEquals(List.of("file,sheet,row,authority_code,kind,reason,raw",
        "a.csv,,3,E1,ROW,no count,\"'=HYPERLINK(\\\"x\\\")\"",
        "a.csv,,4,E1,ROW,no count,-12",
        "a.csv,,5,E1,ROW,no count,'-12 records"), Files.readAllLines(csv));
  }
}
