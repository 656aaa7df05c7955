package io.validium.zk.snarkjs;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.nio.ByteBuffer;

/**
 * A bounded little-endian reader over one section: every read is checked against the section's end,
 * and every field element and point against its field and curve, so that errors name the file, the
 * section and the byte where the data stops making sense.
 */
final class SectionReader {

  private final String file;
  private final String section;
  private final ByteBuffer b;
  private final long fileOffset;

  SectionReader(String file, String section, ByteBuffer b, long fileOffset) {
    this.file = file;
    this.section = section;
    this.b = b;
    this.fileOffset = fileOffset;
  }

  /** An error about this section at the current position. */
  BinaryFormatException error(String what) {
    return new BinaryFormatException(
        file + ": section " + section + " at byte " + (fileOffset + b.position()) + ": " + what);
  }

  /** The section's size in bytes. */
  long size() {
    return b.limit();
  }

  /** Bytes left to read. */
  long remaining() {
    return b.remaining();
  }

  /** Fails unless at least {@code count · itemSize} bytes remain for {@code what}. */
  void require(long count, long itemSize, String what) throws BinaryFormatException {
    long need = count * itemSize;
    if (count < 0 || (itemSize != 0 && need / itemSize != count) || need > b.remaining()) {
      throw new BinaryFormatException(
          file
              + ": section "
              + section
              + " declares "
              + Long.toUnsignedString(count)
              + " "
              + what
              + " ("
              + Long.toUnsignedString(need)
              + " bytes) but has "
              + b.remaining()
              + " bytes left at byte "
              + (fileOffset + b.position()));
    }
  }

  /** Fails unless exactly {@code expected} bytes make up the section. */
  void requireSize(long expected, String what) throws BinaryFormatException {
    if (b.limit() != expected) {
      throw new BinaryFormatException(
          file
              + ": section "
              + section
              + " has "
              + b.limit()
              + " bytes but "
              + what
              + " take "
              + expected);
    }
  }

  /** Fails unless everything has been read: trailing bytes mean a misread or a corrupt file. */
  void finish() throws BinaryFormatException {
    if (b.hasRemaining()) {
      throw new BinaryFormatException(
          file
              + ": section "
              + section
              + " has "
              + b.remaining()
              + " unexpected bytes after its contents, from byte "
              + (fileOffset + b.position()));
    }
  }

  /** A u32 that must fit a non-negative int, such as a count or an index. */
  int u32(String what) throws BinaryFormatException {
    long v = Integer.toUnsignedLong(get4(what));
    if (v > Integer.MAX_VALUE) {
      throw error(what + " " + v + " is too large");
    }
    return (int) v;
  }

  /** A raw u32. */
  int rawU32(String what) throws BinaryFormatException {
    return get4(what);
  }

  /** A u64 that must fit a non-negative long. */
  long u64(String what) throws BinaryFormatException {
    ensure(8, what);
    long v = b.getLong();
    if (v < 0) {
      throw error(what + " " + Long.toUnsignedString(v) + " is too large");
    }
    return v;
  }

  /** Moves {@code n} bytes ahead; the caller has checked that they exist. */
  void skip(long n) {
    b.position(b.position() + (int) n);
  }

  /** {@code n} raw bytes. */
  byte[] bytes(int n, String what) throws BinaryFormatException {
    ensure(n, what);
    byte[] out = new byte[n];
    b.get(out);
    return out;
  }

  /** Four little-endian limbs. */
  long[] limbs(String what) throws BinaryFormatException {
    ensure(32, what);
    return new long[] {b.getLong(), b.getLong(), b.getLong(), b.getLong()};
  }

  /** A scalar-field element in plain (not Montgomery) form, as .r1cs and .wtns hold them. */
  Fr fr(String what) throws BinaryFormatException {
    long[] l = limbs(what);
    if (!Encoding.below(l, Encoding.R_LIMBS)) {
      throw error(what + " is not below the scalar-field modulus");
    }
    return Fr.fromCanonicalLimbs(l);
  }

  /** A G1 point in affine Montgomery form, checked to be on the curve. */
  G1 g1(String what) throws BinaryFormatException {
    ensure(Encoding.G1_BYTES, what);
    try {
      return Encoding.readG1(b);
    } catch (IllegalArgumentException e) {
      b.position(b.position() - Encoding.G1_BYTES);
      throw error(what + ": " + e.getMessage());
    }
  }

  /** A G2 point in affine Montgomery form, checked to be on the twist (not for the subgroup). */
  G2 g2(String what) throws BinaryFormatException {
    ensure(Encoding.G2_BYTES, what);
    try {
      return Encoding.readG2(b);
    } catch (IllegalArgumentException e) {
      b.position(b.position() - Encoding.G2_BYTES);
      throw error(what + ": " + e.getMessage());
    }
  }

  private int get4(String what) throws BinaryFormatException {
    ensure(4, what);
    return b.getInt();
  }

  private void ensure(int n, String what) throws BinaryFormatException {
    if (b.remaining() < n) {
      throw new BinaryFormatException(
          file
              + ": section "
              + section
              + " ends at byte "
              + (fileOffset + b.limit())
              + " in the middle of "
              + what
              + " (needs "
              + n
              + " bytes, "
              + b.remaining()
              + " left)");
    }
  }
}
