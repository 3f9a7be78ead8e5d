package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes zip files byte by byte, so a test can put in them what no well-behaved library would:
 * pre-compressed bomb data, a forged size, a broken deflate stream, a thousand entries.
 */
final class RawZip {

  /** One entry as it is stored: its compressed bytes and what they claim to expand to. */
  record Entry(String name, int method, long crc, long size, byte[] data) {

    static Entry deflated(String name, byte[] content) {
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      deflater.setInput(content);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.end();
      return new Entry(name, ZipEntry.DEFLATED, RawZip.crc(content), content.length, out.toByteArray());
    }

    static Entry deflated(String name, String content) {
      return deflated(name, content.getBytes(StandardCharsets.UTF_8));
    }

    String text() {
      return new String(inflate(), StandardCharsets.UTF_8);
    }

    byte[] inflate() {
      if (method == ZipEntry.STORED) {
        return data.clone();
      }
      java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      try {
        while (!inflater.finished() && !inflater.needsInput()) {
          out.write(buffer, 0, inflater.inflate(buffer));
        }
      } catch (java.util.zip.DataFormatException e) {
        throw new IllegalStateException(name + " does not inflate", e);
      }
      inflater.end();
      return out.toByteArray();
    }
  }

  private RawZip() {}

  static long crc(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return crc.getValue();
  }

  /** The entries of a zip a library wrote, re-deflated by {@link Entry#deflated}. */
  static List<Entry> entries(byte[] zip) {
    List<Entry> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        entries.add(Entry.deflated(e.getName(), in.readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** The zip with one entry's text changed; fails if the entry is missing. */
  static byte[] editText(byte[] zip, String name, UnaryOperator<String> edit) {
    return replace(zip, name, e -> Entry.deflated(name, edit.apply(e.text())));
  }

  static byte[] replace(byte[] zip, String name, UnaryOperator<Entry> change) {
    return replace(zip, name, change, false);
  }

  static byte[] replace(byte[] zip, String name, UnaryOperator<Entry> change, boolean descriptors) {
    List<Entry> entries = new ArrayList<>(entries(zip));
    int at = -1;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).name().equals(name)) {
        at = i;
      }
    }
    if (at < 0) {
      throw new IllegalArgumentException("no entry " + name + " in " + entries.stream().map(Entry::name).toList());
    }
    entries.set(at, change.apply(entries.get(at)));
    return write(entries, descriptors);
  }

  /** Local headers and data, the central directory, the end record: a zip any reader accepts. */
  static byte[] write(List<Entry> entries) {
    return write(entries, false);
  }

  /**
   * With {@code descriptors}, each local header leaves its sizes blank and a data descriptor
   * after the data gives them, as a streaming writer does: a reader learns the size only at the end.
   */
  static byte[] write(List<Entry> entries, boolean descriptors) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    for (Entry e : entries) {
      offsets.add(out.size());
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      int32(out, 0x04034b50);
      int16(out, 20);
      int16(out, descriptors ? 0x0808 : 0x0800); // names are UTF-8; sizes follow the data
      int16(out, e.method());
      int32(out, 0); // time and date: 1980, so the bytes never change
      int32(out, descriptors ? 0 : (int) e.crc());
      int32(out, descriptors ? 0 : e.data().length);
      int32(out, descriptors ? 0 : (int) e.size());
      int16(out, name.length);
      int16(out, 0);
      out.writeBytes(name);
      out.writeBytes(e.data());
      if (descriptors) {
        int32(out, 0x08074b50);
        int32(out, (int) e.crc());
        int32(out, e.data().length);
        int32(out, (int) e.size());
      }
    }
    int directory = out.size();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      int32(out, 0x02014b50);
      int16(out, 20);
      int16(out, 20);
      int16(out, descriptors ? 0x0808 : 0x0800);
      int16(out, e.method());
      int32(out, 0);
      int32(out, (int) e.crc());
      int32(out, e.data().length);
      int32(out, (int) e.size());
      int16(out, name.length);
      int16(out, 0);
      int16(out, 0);
      int16(out, 0);
      int16(out, 0);
      int32(out, 0);
      int32(out, offsets.get(i));
      out.writeBytes(name);
    }
    int size = out.size() - directory;
    int32(out, 0x06054b50);
    int16(out, 0);
    int16(out, 0);
    int16(out, entries.size());
    int16(out, entries.size());
    int32(out, size);
    int32(out, directory);
    int16(out, 0);
    return out.toByteArray();
  }

  private static void int16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void int32(ByteArrayOutputStream out, int v) {
    int16(out, v & 0xFFFF);
    int16(out, (v >>> 16) & 0xFFFF);
  }
}
