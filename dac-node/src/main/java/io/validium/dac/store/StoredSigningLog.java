package io.validium.dac.store;

import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.types.BatchNumber;
import io.validium.da.committee.EcdsaSignatures;
import io.validium.da.committee.SignedEntry;
import io.validium.da.committee.SigningLog;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The signing log in an Infinispan cache, one {@code header || signature} value per batch number.
 * The whole log is read at start (about 200 bytes a batch) so that lookups never miss an entry the
 * store holds; a write returns once the store has it.
 */
public final class StoredSigningLog implements SigningLog {
  private final NodeStorage storage;
  private final TreeMap<Long, SignedEntry> entries = new TreeMap<>();

  public StoredSigningLog(NodeStorage storage) {
    this.storage = storage;
    for (Map.Entry<String, byte[]> e : storage.signingLog().entrySet()) {
      SignedEntry entry = decode(e.getValue());
      if (entry.header().number().value() != Long.parseLong(e.getKey())) {
        throw new IllegalStateException("signing log entry " + e.getKey() + " names another batch");
      }
      entries.put(entry.header().number().value(), entry);
    }
  }

  @Override
  public synchronized Optional<SignedEntry> find(BatchNumber number) {
    return Optional.ofNullable(entries.get(number.value()));
  }

  @Override
  public synchronized SignedEntry recordIfAbsent(SignedEntry entry) {
    SignedEntry known = entries.get(entry.header().number().value());
    if (known != null) {
      return known;
    }
    byte[] previous =
        storage.signingLog().putIfAbsent(Keys.number(entry.header().number()), encode(entry));
    SignedEntry held = previous == null ? entry : decode(previous);
    entries.put(held.header().number().value(), held);
    return held;
  }

  @Override
  public synchronized Optional<BatchNumber> latest() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(BatchNumber.of(entries.lastKey()));
  }

  /** Every entry in batch order. */
  public synchronized Iterable<SignedEntry> inOrder() {
    return java.util.List.copyOf(entries.values());
  }

  private static byte[] encode(SignedEntry e) {
    byte[] h = BatchCodec.encodeHeader(e.header());
    byte[] out = Arrays.copyOf(h, h.length + EcdsaSignatures.BYTES);
    System.arraycopy(e.signature(), 0, out, h.length, EcdsaSignatures.BYTES);
    return out;
  }

  private static SignedEntry decode(byte[] v) {
    if (v.length != BatchCodec.HEADER_BYTES + EcdsaSignatures.BYTES) {
      throw new IllegalStateException("signing log entry of " + v.length + " bytes");
    }
    Decoded<BatchHeader> h = BatchCodec.decodeHeader(Arrays.copyOf(v, BatchCodec.HEADER_BYTES));
    if (!h.isOk()) {
      throw new IllegalStateException("corrupt signing log entry: " + h.error());
    }
    return new SignedEntry(h.value(), Arrays.copyOfRange(v, BatchCodec.HEADER_BYTES, v.length));
  }
}
