package uk.breachreport.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One incident-log workbook of N rows, written with POI's streaming writer so the generator's own
 * memory stays flat: the input of the large-file run in scripts/bench.
 *
 * <pre>LargeWorkbook FILE ROWS</pre>
 *
 * The file name should name a council (e.g. "Southampton City Council - breaches.xlsx").
 */
public final class LargeWorkbook {

  private record Kind(String description, String type) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("Email containing personal data sent to wrong recipient", "Email sent to wrong recipient"),
      new Kind("Letter posted to incorrect address", "Letter sent to wrong address"),
      new Kind("Laptop stolen from officer's car", "Theft of equipment"),
      new Kind("Social worker's notebook left on train", "Loss of paperwork"),
      new Kind("Council tax details published on website in error", "Published in error"),
      new Kind("Member of staff accessed records without business need", "Unauthorised access"),
      new Kind("Confidential waste found in general bin", "Insecure disposal"),
      new Kind("Phishing email led to account compromise", "Cyber incident"));
  private static final List<String> ACTIONS =
      List.of("Words of advice", "Refresher training", "Written warning", "NFA", "Dismissed");
  private static final LocalDate FIRST_DAY = LocalDate.of(2011, 4, 1);
  private static final int PERIOD_DAYS = 1096;
  /** Rows kept in memory by the streaming writer before it flushes them to its temp file. */
  private static final int WINDOW = 200;

  private LargeWorkbook() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[1].matches("[1-9][0-9]*")) {
      System.err.println("LargeWorkbook: expected FILE ROWS (ROWS a positive whole number); got "
          + String.join(" ", args));
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    long start = System.nanoTime();
    write(file, rows, new Random(20140331L));
    System.out.printf("wrote %s: %d incident rows, %d bytes, %d ms%n", file, rows,
        Files.size(file), (System.nanoTime() - start) / 1_000_000);
  }

  static void write(Path file, int rows, Random random) throws IOException {
    // Strings in the shared-strings table, as Excel saves them: inline strings would make the
    // sheet's XML twice as large as a real workbook of the same rows.
    SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, true);
    try {
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = wb.createSheet("Breaches");
      Row header = sheet.createRow(0);
      String[] titles = {"Date", "Description", "Type of breach", "Children's data (Y/N)",
          "Action taken", "Reported to ICO"};
      for (int c = 0; c < titles.length; c++) {
        header.createCell(c).setCellValue(titles[c]);
      }
      for (int r = 1; r <= rows; r++) {
        Kind kind = KINDS.get(random.nextInt(KINDS.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(PERIOD_DAYS));
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(day);
        row.getCell(0).setCellStyle(dateStyle);
        row.createCell(1).setCellValue(kind.description());
        row.createCell(2).setCellValue(kind.type());
        row.createCell(3).setCellValue(random.nextInt(8) == 0 ? "Y" : "N");
        row.createCell(4).setCellValue(ACTIONS.get(random.nextInt(ACTIONS.size())));
        row.createCell(5).setCellValue(random.nextInt(8) == 0 ? "Yes" : "No");
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } finally {
      wb.dispose();
      wb.close();
    }
  }
}
