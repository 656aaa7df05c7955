package io.validium.core.tx;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.util.Objects;

/**
 * One deployment: the L1 chain and the Validium contract that every signature is bound to.
 *
 * <p>Every decoded or parsed transaction builds its own {@code Domain}, and a process sees almost
 * always one deployment, so the hash of the last domain built is reused when the next one is equal:
 * a Poseidon hash (tens of microseconds) per transaction saved, with the same value.
 */
public final class Domain {
  // The most recently hashed domain; a benign race, each instance is immutable and complete.
  private static volatile Domain recent;

  private final ChainId chainId;
  private final Address validium;
  private final Fr hash;

  public Domain(ChainId chainId, Address validium) {
    this.chainId = Objects.requireNonNull(chainId, "chainId");
    this.validium = Objects.requireNonNull(validium, "validium");
    Domain last = recent;
    if (last != null && last.chainId.equals(chainId) && last.validium.equals(validium)) {
      this.hash = last.hash;
    } else {
      this.hash = hashOf(chainId, validium);
      recent = this;
    }
  }

  /** {@code H(chainId, validium)}, computed afresh. */
  static Fr hashOf(ChainId chainId, Address validium) {
    return Poseidon.hash(Fr.of(chainId.value()), Fr.fromBigInteger(validium.toBigInteger()));
  }

  public ChainId chainId() {
    return chainId;
  }

  public Address validium() {
    return validium;
  }

  /** {@code H(chainId, validium)}, the first input of every signed message. */
  public Fr hash() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Domain d && d.chainId.equals(chainId) && d.validium.equals(validium);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chainId, validium);
  }

  @Override
  public String toString() {
    return "Domain{chainId=" + chainId + ", validium=" + validium + "}";
  }
}
