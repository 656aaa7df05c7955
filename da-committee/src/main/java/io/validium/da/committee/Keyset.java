package io.validium.da.committee;

import io.validium.core.crypto.Keccak256;
import io.validium.core.types.Address;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The committee of one epoch: its members' L1 addresses, in increasing order, and how many of them
 * must sign. L1 keeps the same keyset under {@link #hash()}.
 */
public record Keyset(long epoch, List<Address> members, int threshold) {
  /** The largest committee a certificate may describe; bounds L1 gas and certificate size. */
  public static final int MAX_MEMBERS = 256;

  public Keyset {
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch " + epoch + " is negative");
    }
    Objects.requireNonNull(members, "members");
    TreeSet<Address> sorted = new TreeSet<>(Keyset::compare);
    sorted.addAll(members);
    if (sorted.size() != members.size()) {
      throw new IllegalArgumentException("a keyset lists each member once");
    }
    if (sorted.isEmpty() || sorted.size() > MAX_MEMBERS) {
      throw new IllegalArgumentException("a keyset has 1 to " + MAX_MEMBERS + " members");
    }
    if (threshold < 1 || threshold > sorted.size()) {
      throw new IllegalArgumentException(
          "threshold " + threshold + " is outside [1, " + sorted.size() + "]");
    }
    members = List.copyOf(sorted);
  }

  public boolean isMember(Address a) {
    return java.util.Collections.binarySearch(members, a, Keyset::compare) >= 0;
  }

  /**
   * {@code keccak256(abi.encode(uint64 epoch, uint256 threshold, address[] members))} with the
   * members in increasing order.
   */
  public byte[] hash() {
    ByteBuffer b = ByteBuffer.allocate(32 * (4 + members.size()));
    b.putLong(24, epoch).putLong(56, threshold).putLong(88, 0x60).putLong(120, members.size());
    int at = 128;
    for (Address m : members) {
      b.put(at + 12, m.toBytes());
      at += 32;
    }
    return Keccak256.hash(b.array());
  }

  /** Orders addresses as unsigned 160-bit integers, the order of signers in a certificate. */
  public static int compare(Address a, Address b) {
    return java.util.Arrays.compareUnsigned(a.toBytes(), b.toBytes());
  }
}
