package uk.breachreport.core.ingest;

import java.util.Locale;

/** The kinds of answer file the ingest understands, told by extension (and checked by content). */
public enum FileFormat {
  XLSX("an .xlsx workbook"),
  XLSB("an .xlsb workbook"),
  XLS("an .xls workbook"),
  ODF("an OpenDocument file"),
  CSV("text"),
  TXT("text"),
  DOCX("a .docx document"),
  DOC("a .doc document"),
  PDF("a PDF"),
  HTML("a web page"),
  EML("an email (.eml)"),
  MSG("an Outlook message (.msg)"),
  ZIP("a zip archive"),
  UNSUPPORTED("a supported file");

  /** For the reject of an unsupported file: every extension read. */
  static final String EXTENSIONS = ".xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv, .txt, .docx,"
      + " .doc, .odt, .pdf, .htm, .html, .eml, .msg or .zip";

  private final String noun;

  FileFormat(String noun) {
    this.noun = noun;
  }

  /** What a file of this format is, for reasons: "not an .xlsx workbook: it is a PDF". */
  String noun() {
    return noun;
  }

  /** Emails and zips hold more answers: their attachments and entries. */
  public boolean isContainer() {
    return this == EML || this == MSG || this == ZIP;
  }

  public static FileFormat ofName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "xlsx", "xlsm" -> XLSX;
      case "xlsb" -> XLSB;
      case "xls" -> XLS;
      case "ods", "odt" -> ODF;
      case "csv", "tsv" -> CSV;
      case "txt" -> TXT;
      case "docx" -> DOCX;
      case "doc" -> DOC;
      case "pdf" -> PDF;
      case "htm", "html" -> HTML;
      case "eml" -> EML;
      case "msg" -> MSG;
      case "zip" -> ZIP;
      default -> UNSUPPORTED;
    };
  }
}
