package uk.breachreport.core.ingest;

import java.util.Locale;

/** The kinds of answer file the ingest understands, told by extension and checked by content. */
public enum FileFormat {
  XLSX,
  XLS,
  CSV,
  TXT,
  DOCX,
  UNSUPPORTED;

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

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

  static boolean isZip(byte[] bytes) {
    return startsWith(bytes, ZIP);
  }

  static boolean isOle2(byte[] bytes) {
    return startsWith(bytes, OLE2);
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
