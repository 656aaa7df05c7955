package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * The public inputs of a proof, in circuit order (for circom, outputs first, then public inputs).
 *
 * <p>Values are held as non-negative integers rather than field elements, so that a value at or
 * above the scalar-field modulus r can be carried to {@link Groth16Verifier}, which rejects it with
 * {@link VerificationResult.Reason#PUBLIC_INPUT_NOT_IN_FIELD} instead of silently reducing it (an
 * input reduced mod r would let two different statements share one proof).
 */
public record PublicSignals(List<BigInteger> values) {

  /** Copies the values; each must be non-negative. */
  public PublicSignals {
    values = List.copyOf(values);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).signum() < 0) {
        throw new IllegalArgumentException("public signal [" + i + "] is negative");
      }
    }
  }

  /** Signals from integers. */
  public static PublicSignals of(BigInteger... values) {
    return new PublicSignals(List.of(values));
  }

  /** Signals from field elements, which are in range by construction. */
  public static PublicSignals ofField(List<Fr> values) {
    return new PublicSignals(values.stream().map(Fr::toBigInteger).toList());
  }

  /** The number of signals. */
  public int size() {
    return values.size();
  }

  /** Signal {@code i}. */
  public BigInteger get(int i) {
    return values.get(i);
  }

  /** A copy with signal {@code i} replaced, for tests and tooling. */
  public PublicSignals with(int i, BigInteger value) {
    Objects.checkIndex(i, values.size());
    BigInteger[] copy = values.toArray(new BigInteger[0]);
    copy[i] = value;
    return of(copy);
  }
}
