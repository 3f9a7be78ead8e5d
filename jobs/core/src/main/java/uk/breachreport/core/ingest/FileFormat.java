package uk.breachreport.core.ingest;

import java.util.Locale;

/** The kinds of answer file the ingest understands, told by extension (and checked by content). */
public enum FileFormat {
  XLSX("an .xlsx workbook"),
  XLS("an .xls workbook"),
  CSV("text"),
  TXT("text"),
  DOCX("a .docx document"),
  UNSUPPORTED("a supported file");

  private final String noun;

  FileFormat(String noun) {
    this.noun = noun;
  }

  /** What a file of this format is, for reasons: "not an .xlsx workbook: it is a PDF". */
  String noun() {
    return noun;
  }

  public static FileFormat ofName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "xlsx", "xlsm" -> XLSX;
      case "xls" -> XLS;
      case "csv" -> CSV;
      case "txt" -> TXT;
      case "docx" -> DOCX;
      default -> UNSUPPORTED;
    };
  }
}
