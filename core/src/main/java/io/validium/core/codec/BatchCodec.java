package io.validium.core.codec;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.ByteReader.Malformed;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transaction;
import io.validium.core.types.Address;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.util.ArrayList;
import java.util.List;

/** The canonical binary encodings of batch data and batch headers (docs/protocol.md, section 8). */
public final class BatchCodec {
  /** The only encoding version so far; a new layout gets a new number. */
  public static final int VERSION = 1;

  /** The encoded size of a header. */
  public static final int HEADER_BYTES = 1 + 8 + 4 * 32;

  private static final int DATA_PREFIX_BYTES = 1 + 8 + Address.BYTES + 8 + 4;

  private BatchCodec() {}

  public static byte[] encodeData(BatchData data) {
    ByteWriter w = new ByteWriter(DATA_PREFIX_BYTES + 160 * data.transactions().size());
    w.u8(VERSION).u64(data.domain().chainId().value()).bytes(data.domain().validium().toBytes());
    w.u64(data.number().value()).u32(data.transactions().size());
    for (Transaction tx : data.transactions()) {
      TransactionCodec.write(tx, w);
    }
    return w.toByteArray();
  }

  /** Decodes batch data; each transaction must belong to the batch's own domain. */
  public static Decoded<BatchData> decodeData(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Decoded.error(DecodeError.Reason.EMPTY, "no bytes");
    }
    ByteReader r = new ByteReader(bytes);
    try {
      version(r);
      Domain domain = r.domain();
      BatchNumber number = BatchNumber.of(r.u63("batch number"));
      long count = r.u32("transaction count");
      if (count > BatchData.MAX_TRANSACTIONS) {
        throw new Malformed(
            DecodeError.Reason.TOO_MANY_TRANSACTIONS,
            count + " transactions, at most " + BatchData.MAX_TRANSACTIONS);
      }
      // Every transaction takes at least 119 bytes, so a lying count cannot make us allocate much.
      List<Transaction> txs = new ArrayList<>((int) Math.min(count, r.remaining() / 119 + 1));
      for (int i = 0; i < count; i++) {
        Transaction tx = TransactionCodec.read(r);
        if (!tx.domain().equals(domain)) {
          throw new Malformed(
              DecodeError.Reason.VALUE_OUT_OF_RANGE,
              "transaction " + i + " belongs to " + tx.domain() + ", not the batch's " + domain);
        }
        txs.add(tx);
      }
      r.requireEnd("batch data");
      return Decoded.ok(new BatchData(domain, number, txs));
    } catch (Malformed e) {
      return Decoded.error(e.reason, e.getMessage());
    }
  }

  public static byte[] encodeHeader(BatchHeader h) {
    return new ByteWriter(HEADER_BYTES)
        .u8(VERSION)
        .u64(h.number().value())
        .field(h.oldRoot().value())
        .field(h.newRoot().value())
        .field(h.commitment().value())
        .field(h.l1OpsCommitment().value())
        .toByteArray();
  }

  public static Decoded<BatchHeader> decodeHeader(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Decoded.error(DecodeError.Reason.EMPTY, "no bytes");
    }
    ByteReader r = new ByteReader(bytes);
    try {
      version(r);
      BatchHeader h =
          new BatchHeader(
              BatchNumber.of(r.u63("batch number")),
              StateRoot.of(r.field("old root")),
              StateRoot.of(r.field("new root")),
              BatchCommitment.of(r.field("batch commitment")),
              L1OpsCommitment.of(r.field("L1 operations commitment")));
      r.requireEnd("batch header");
      return Decoded.ok(h);
    } catch (Malformed e) {
      return Decoded.error(e.reason, e.getMessage());
    }
  }

  private static void version(ByteReader r) {
    int version = r.u8("version");
    if (version != VERSION) {
      throw new Malformed(
          DecodeError.Reason.UNSUPPORTED_VERSION, "encoding version " + version + ", expected 1");
    }
  }
}
