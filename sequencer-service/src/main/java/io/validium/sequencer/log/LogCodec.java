package io.validium.sequencer.log;

import io.validium.core.codec.Decoded;
import io.validium.core.codec.TransactionCodec;
import io.validium.core.tx.Transaction;
import io.validium.core.types.BatchNumber;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Binary form of log records: a kind byte, then for {@code 0x01} a transaction's canonical encoding
 * (protocol.md 5), for {@code 0x02} a u64 batch number and a u32 count, for {@code 0x03} and {@code
 * 0x04} a u64 batch number. Big-endian, no trailing bytes.
 */
public final class LogCodec {
  static final byte ACCEPTED = 0x01;
  static final byte SEALED = 0x02;
  static final byte PUBLISHED = 0x03;
  static final byte FINALIZED = 0x04;

  private LogCodec() {}

  public static byte[] encode(LogEntry e) {
    if (e instanceof LogEntry.Accepted a) {
      byte[] tx = TransactionCodec.encode(a.transaction());
      byte[] out = new byte[1 + tx.length];
      out[0] = ACCEPTED;
      System.arraycopy(tx, 0, out, 1, tx.length);
      return out;
    } else if (e instanceof LogEntry.Sealed s) {
      return ByteBuffer.allocate(13)
          .put(SEALED)
          .putLong(s.batch().value())
          .putInt(s.count())
          .array();
    } else if (e instanceof LogEntry.Published p) {
      return ByteBuffer.allocate(9).put(PUBLISHED).putLong(p.batch().value()).array();
    } else {
      LogEntry.Finalized f = (LogEntry.Finalized) e;
      return ByteBuffer.allocate(9).put(FINALIZED).putLong(f.batch().value()).array();
    }
  }

  /**
   * Decodes a record. The log is written only by the sequencer, so a record that does not decode
   * means the log is corrupt, and replay must stop rather than guess.
   */
  public static LogEntry decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalStateException("empty log record");
    }
    switch (bytes[0]) {
      case ACCEPTED -> {
        Decoded<Transaction> tx =
            TransactionCodec.decode(Arrays.copyOfRange(bytes, 1, bytes.length));
        if (!tx.isOk()) {
          throw new IllegalStateException("corrupt accepted transaction in the log: " + tx.error());
        }
        return new LogEntry.Accepted(tx.value());
      }
      case SEALED -> {
        requireLength(bytes, 13);
        int count = ByteBuffer.wrap(bytes, 9, 4).getInt();
        if (count <= 0) {
          throw new IllegalStateException("a sealed batch of " + count + " transactions");
        }
        return new LogEntry.Sealed(batchNumber(bytes), count);
      }
      case PUBLISHED -> {
        requireLength(bytes, 9);
        return new LogEntry.Published(batchNumber(bytes));
      }
      case FINALIZED -> {
        requireLength(bytes, 9);
        return new LogEntry.Finalized(batchNumber(bytes));
      }
      default -> throw new IllegalStateException("unknown log record kind " + bytes[0]);
    }
  }

  private static BatchNumber batchNumber(byte[] bytes) {
    long n = ByteBuffer.wrap(bytes, 1, 8).getLong();
    if (n < 0) {
      throw new IllegalStateException("a log record names batch " + Long.toUnsignedString(n));
    }
    return BatchNumber.of(n);
  }

  private static void requireLength(byte[] bytes, int n) {
    if (bytes.length != n) {
      throw new IllegalStateException(
          "log record of kind " + bytes[0] + " has " + bytes.length + " bytes, not " + n);
    }
  }
}
