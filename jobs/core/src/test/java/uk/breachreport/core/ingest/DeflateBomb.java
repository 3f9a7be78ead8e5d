package uk.breachreport.core.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A zip entry that inflates a run of spaces to any size, written as a hand-made deflate stream
 * (one fixed-Huffman block of "repeat the last 258 bytes" codes, 13 bits each) because deflating a
 * gibibyte through {@link java.util.zip.Deflater} takes seconds. Its CRC is right: without limits
 * it is a valid, readable part.
 */
final class DeflateBomb {

  private static final int MAX_MATCH = 258;

  private DeflateBomb() {}

  /** {@code prefix}, then at least {@code spaces} spaces, then {@code suffix}. */
  static RawZip.Entry entry(String name, String prefix, long spaces, String suffix) {
    long matches = Math.max(1, (spaces - 1 + MAX_MATCH - 1) / MAX_MATCH);
    long runLength = 1 + matches * MAX_MATCH;
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);

    Bits bits = new Bits();
    bits.lsb(1, 1); // last block
    bits.lsb(1, 2); // fixed Huffman codes
    for (byte b : head) {
      bits.literal(b & 0xFF);
    }
    bits.literal(' ');
    for (long m = 0; m < matches; m++) {
      bits.huffman(0xC0 + 5, 8); // length code 285: 258 bytes
      bits.huffman(0, 5); // distance code 0: 1 byte back
    }
    for (byte b : tail) {
      bits.literal(b & 0xFF);
    }
    bits.huffman(0, 7); // end of block

    CRC32 crc = new CRC32();
    crc.update(head);
    byte[] run = new byte[1 << 20];
    Arrays.fill(run, (byte) ' ');
    for (long left = runLength; left > 0; left -= run.length) {
      crc.update(run, 0, (int) Math.min(run.length, left));
    }
    crc.update(tail);
    long size = head.length + runLength + tail.length;
    return new RawZip.Entry(name, ZipEntry.DEFLATED, crc.getValue(), size, bits.bytes());
  }

  /** Deflate packs bits from the least significant end; Huffman codes go in from their top bit. */
  private static final class Bits {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int pending;
    private int count;

    void literal(int value) {
      if (value < 144) {
        huffman(0x30 + value, 8);
      } else {
        huffman(0x190 + value - 144, 9);
      }
    }

    void huffman(int code, int length) {
      for (int i = length - 1; i >= 0; i--) {
        bit((code >>> i) & 1);
      }
    }

    void lsb(int value, int length) {
      for (int i = 0; i < length; i++) {
        bit((value >>> i) & 1);
      }
    }

    private void bit(int b) {
      pending |= b << count;
      if (++count == 8) {
        out.write(pending);
        pending = 0;
        count = 0;
      }
    }

    byte[] bytes() {
      if (count > 0) {
        out.write(pending);
      }
      return out.toByteArray();
    }
  }
}
