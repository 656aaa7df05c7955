package io.validium.da.committee;

import io.validium.core.types.Address;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The certificate the committee DA verifier reads: {@code abi.encode(uint64 epoch, bytes
 * signatures)}, the signatures being 65-byte {@code r || s || v} in strictly increasing signer
 * order.
 */
public record CommitteeCertificate(long epoch, List<byte[]> signatures) {

  public CommitteeCertificate {
    signatures = signatures.stream().map(byte[]::clone).toList();
  }

  /** Orders the signatures of {@code bySigner} by signer and wraps them for {@code epoch}. */
  public static CommitteeCertificate of(long epoch, SortedMap<Address, byte[]> bySigner) {
    List<byte[]> out = new ArrayList<>();
    for (Map.Entry<Address, byte[]> e : bySigner.entrySet()) {
      out.add(e.getValue());
    }
    return new CommitteeCertificate(epoch, out);
  }

  /** The ABI encoding: epoch word, offset 0x40, length word, then the signatures padded to 32. */
  public byte[] encode() {
    int len = signatures.size() * EcdsaSignatures.BYTES;
    int padded = (len + 31) / 32 * 32;
    ByteBuffer b = ByteBuffer.allocate(3 * 32 + padded);
    b.putLong(24, epoch).putLong(56, 0x40).putLong(88, len);
    int at = 96;
    for (byte[] s : signatures) {
      b.put(at, s);
      at += EcdsaSignatures.BYTES;
    }
    return b.array();
  }

  /** Decodes the strict ABI form that {@link #encode()} writes; anything else is empty. */
  public static Optional<CommitteeCertificate> decode(byte[] bytes) {
    if (bytes == null || bytes.length < 96 || bytes.length % 32 != 0) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (!zero(bytes, 0, 24) || !zero(bytes, 32, 56) || !zero(bytes, 64, 88)) {
      return Optional.empty();
    }
    long epoch = b.getLong(24);
    long offset = b.getLong(56);
    long len = b.getLong(88);
    if (epoch < 0 || offset != 0x40 || len < 0 || len % EcdsaSignatures.BYTES != 0) {
      return Optional.empty();
    }
    long padded = (len + 31) / 32 * 32;
    if (bytes.length != 96 + padded || !zero(bytes, (int) (96 + len), bytes.length)) {
      return Optional.empty();
    }
    List<byte[]> sigs = new ArrayList<>();
    for (int at = 96; at < 96 + len; at += EcdsaSignatures.BYTES) {
      byte[] s = new byte[EcdsaSignatures.BYTES];
      b.get(at, s);
      sigs.add(s);
    }
    return Optional.of(new CommitteeCertificate(epoch, sigs));
  }

  private static boolean zero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
