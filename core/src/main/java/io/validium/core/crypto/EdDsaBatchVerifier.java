package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies many EdDSA-Poseidon signatures at once with exactly the verdicts of {@link
 * EdDsaPublicKey#verify}, one multi-scalar multiplication for the whole batch instead of one
 * verification equation per signature.
 *
 * <p>Each signature first gets the single verification's cheap checks (S < l, A and R8 on the
 * curve) and its challenge h; R8 must lie in the order-l subgroup, because single verification
 * compares R8 with S·B8 − 8h·A, which always does ({@link SubgroupTest}). The rest are checked
 * together: Σ zᵢ·(Sᵢ·B8 − R8ᵢ − 8hᵢ·Aᵢ) = O with secret random 128-bit zᵢ. Every term lies in a
 * group of prime order l > 2^128, so if any signature is invalid the sum vanishes with probability
 * at most 2^-128. If it does not vanish, each signature is verified on its own (its challenge is
 * not hashed again) to find the bad ones. A batch of one is verified directly.
 *
 * <p>Thread-safe; each call works on its own batch, on the calling thread.
 */
public final class EdDsaBatchVerifier {

  /** One signature to verify: the signer's key, the signed message and the signature. */
  public record Item(EdDsaPublicKey key, Fr message, EdDsaSignature signature) {
    /** Rejects only nulls. */
    public Item {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(signature, "signature");
    }
  }

  private static final int COEFFICIENT_BYTES = 16;

  private final SecureRandom random;

  /** A verifier drawing its coefficients from {@code random}, which must be unpredictable. */
  public EdDsaBatchVerifier(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A verifier with a fresh {@link SecureRandom}. */
  public EdDsaBatchVerifier() {
    this(new SecureRandom());
  }

  /** The verdict on each item, in order; never throws for malformed values. */
  public boolean[] verifyAll(List<Item> items) {
    Objects.requireNonNull(items, "items");
    boolean[] out = new boolean[items.size()];
    if (items.size() == 1) {
      Item it = items.get(0);
      out[0] = it.key().verify(it.message(), it.signature());
      return out;
    }
    List<Integer> pending = new ArrayList<>(items.size());
    Fr[] challenges = new Fr[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      EdDsaSignature sig = it.signature();
      Fr ax = it.key().x();
      Fr ay = it.key().y();
      BigInteger s = sig.s();
      if (s.signum() < 0
          || s.compareTo(EdDsaPoseidon.L) >= 0
          || !BabyJubjub.isOnCurve(ax, ay)
          || !BabyJubjub.isOnCurve(sig.r8x(), sig.r8y())) {
        continue;
      }
      SubgroupTest.Verdict r8 = SubgroupTest.of(sig.r8x(), sig.r8y());
      if (r8 == SubgroupTest.Verdict.OUTSIDE) {
        continue;
      }
      if (r8 == SubgroupTest.Verdict.UNDECIDED) {
        out[i] = it.key().verify(it.message(), sig);
        continue;
      }
      challenges[i] = EdDsaPoseidon.challenge(sig.r8x(), sig.r8y(), ax, ay, it.message());
      pending.add(i);
    }
    if (pending.isEmpty()) {
      return out;
    }
    if (combinationHolds(items, pending, challenges)) {
      for (int i : pending) {
        out[i] = true;
      }
      return out;
    }
    for (int i : pending) {
      Item it = items.get(i);
      EdDsaSignature sig = it.signature();
      out[i] =
          VerificationEquation.holds(
              it.key().x(),
              it.key().y(),
              sig.r8x(),
              sig.r8y(),
              challenges[i].toCanonicalLimbs(),
              ScalarRecoding.limbs(sig.s(), 4));
    }
    return out;
  }

  /** Whether every item is valid: {@link #verifyAll} with all verdicts true. */
  public boolean allValid(List<Item> items) {
    for (boolean ok : verifyAll(items)) {
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean combinationHolds(List<Item> items, List<Integer> pending, Fr[] challenges) {
    byte[] coefficients = new byte[COEFFICIENT_BYTES * pending.size()];
    random.nextBytes(coefficients);
    BatchEquation eq = new BatchEquation(pending.size());
    byte[] z = new byte[COEFFICIENT_BYTES];
    for (int k = 0; k < pending.size(); k++) {
      int i = pending.get(k);
      Item it = items.get(i);
      EdDsaSignature sig = it.signature();
      System.arraycopy(coefficients, COEFFICIENT_BYTES * k, z, 0, COEFFICIENT_BYTES);
      eq.add(
          it.key().x(),
          it.key().y(),
          sig.r8x(),
          sig.r8y(),
          challenges[i].toBigInteger(),
          sig.s(),
          new BigInteger(1, z));
    }
    return eq.holds();
  }
}
