package io.validium.core.tx;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.util.Objects;

/** One deployment: the L1 chain and the Validium contract that every signature is bound to. */
public final class Domain {
  private final ChainId chainId;
  private final Address validium;
  private final Fr hash;

  public Domain(ChainId chainId, Address validium) {
    this.chainId = Objects.requireNonNull(chainId, "chainId");
    this.validium = Objects.requireNonNull(validium, "validium");
    this.hash = Poseidon.hash(Fr.of(chainId.value()), Fr.fromBigInteger(validium.toBigInteger()));
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
