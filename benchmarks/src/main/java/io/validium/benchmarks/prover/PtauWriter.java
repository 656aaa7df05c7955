package io.validium.benchmarks.prover;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.FqArith;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a snarkjs .ptau container to a file: magic "ptau", version 1, the section count, then
 * each section as id (u32), size (u64) and contents, little-endian. Points are affine with
 * Montgomery-form coordinates and the point at infinity as zeros, as snarkjs writes them; each
 * section's size is declared up front and checked when it ends.
 */
final class PtauWriter implements AutoCloseable {

  /** Bytes of one affine G1 point. */
  static final int G1_BYTES = 64;

  /** Bytes of one affine G2 point. */
  static final int G2_BYTES = 128;

  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private final long[] limbs = new long[FqArith.LIMBS];
  private long sectionLeft;

  PtauWriter(Path path, int sections) throws IOException {
    channel =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    buffer.put("ptau".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    buffer.putInt(1);
    buffer.putInt(sections);
  }

  /** Starts a section of {@code size} bytes; the previous one must be complete. */
  void section(int id, long size) throws IOException {
    requireComplete();
    room(12);
    buffer.putInt(id);
    buffer.putLong(size);
    sectionLeft = size;
  }

  void u32(int v) throws IOException {
    take(4);
    buffer.putInt(v);
  }

  /** A non-negative integer below 2^256 as four little-endian limbs (not in Montgomery form). */
  void plain(BigInteger v) throws IOException {
    take(32);
    for (int i = 0; i < 4; i++) {
      buffer.putLong(v.shiftRight(64 * i).longValue());
    }
  }

  void g1(G1 p) throws IOException {
    take(G1_BYTES);
    if (p.isInfinity()) {
      buffer.put(new byte[G1_BYTES]);
      return;
    }
    fq(p.x());
    fq(p.y());
  }

  void g2(G2 p) throws IOException {
    take(G2_BYTES);
    if (p.isInfinity()) {
      buffer.put(new byte[G2_BYTES]);
      return;
    }
    fq(p.x().c0());
    fq(p.x().c1());
    fq(p.y().c0());
    fq(p.y().c1());
  }

  void g1s(G1[] points) throws IOException {
    for (G1 p : points) {
      g1(p);
    }
  }

  void g2s(G2[] points) throws IOException {
    for (G2 p : points) {
      g2(p);
    }
  }

  private void fq(Fq v) {
    FqArith.load(v, limbs, 0);
    for (long l : limbs) {
      buffer.putLong(l);
    }
  }

  private void take(int bytes) throws IOException {
    if (bytes > sectionLeft) {
      throw new IllegalStateException("section overflows its declared size");
    }
    sectionLeft -= bytes;
    room(bytes);
  }

  private void room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flush();
    }
  }

  private void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  private void requireComplete() {
    if (sectionLeft != 0) {
      throw new IllegalStateException(sectionLeft + " bytes of the section are missing");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      requireComplete();
      flush();
    } finally {
      channel.close();
    }
  }
}
