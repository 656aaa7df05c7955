package io.validium.prover.proving;

import io.validium.circuit.keys.VerifyingKeyDigest;
import io.validium.core.field.Fr;
import io.validium.zk.groth16.Coefficient;
import io.validium.zk.groth16.Groth16Setup;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Whether a proving key was made for a circuit: same public signals, wires and domain, and the same
 * A and B matrices entry for entry (a zkey carries them; C only enters the key through its points,
 * which no check short of the trapdoor can read). The matrices are compared by a SHA-256
 * fingerprint of their sorted entries, so that a key from any ceremony tool, whatever order it
 * writes them in, is recognised.
 */
public final class KeyCheck {
  private KeyCheck() {}

  /** The first mismatch between {@code key} and {@code cs}, if any. */
  public static Optional<KeyMismatch> against(ConstraintSystem cs, ProvingKey key) {
    if (key.publicSignals() != cs.numPublicInputs()) {
      return mismatch(KeyMismatch.Reason.PUBLIC_SIGNALS, key.publicSignals(), cs.numPublicInputs());
    }
    if (key.wires() != cs.numWires()) {
      return mismatch(KeyMismatch.Reason.WIRES, key.wires(), cs.numWires());
    }
    int domain = Groth16Setup.domainSize(cs.numConstraints(), cs.numPublicInputs());
    if (key.domainSize() != domain) {
      return mismatch(KeyMismatch.Reason.DOMAIN_SIZE, key.domainSize(), domain);
    }
    String expected = fingerprint(expectedCoefficients(cs));
    String actual = fingerprint(key.coefficients());
    if (!expected.equals(actual)) {
      return mismatch(KeyMismatch.Reason.CONSTRAINTS, actual, expected);
    }
    return Optional.empty();
  }

  /** A mismatch if {@code expectedSha256} is given and the verifying key hashes otherwise. */
  public static Optional<KeyMismatch> verifyingKey(VerifyingKey vk, Optional<String> expected) {
    String actual = verifyingKeySha256(vk);
    return expected
        .filter(e -> !e.equalsIgnoreCase(actual))
        .map(
            e ->
                new KeyMismatch(
                    KeyMismatch.Reason.VERIFYING_KEY, "key " + actual + ", expected " + e));
  }

  /** SHA-256 (hex) of the verifying key written as snarkjs JSON: how operators pin the L1 key. */
  public static String verifyingKeySha256(VerifyingKey vk) {
    return VerifyingKeyDigest.sha256(vk);
  }

  /** The A and B entries a setup of {@code cs} records, with the public wires' extra A rows. */
  static List<Coefficient> expectedCoefficients(ConstraintSystem cs) {
    List<Coefficient> out = new ArrayList<>();
    int m = cs.numConstraints();
    for (int k = 0; k < m; k++) {
      Constraint c = cs.constraints().get(k);
      add(out, 0, k, c.a());
      add(out, 1, k, c.b());
    }
    for (int s = 0; s <= cs.numPublicInputs(); s++) {
      out.add(new Coefficient(0, m + s, s, Fr.ONE));
    }
    return out;
  }

  private static void add(List<Coefficient> out, int matrix, int k, SparseRow row) {
    for (int i = 0; i < row.size(); i++) {
      out.add(new Coefficient(matrix, k, row.wire(i), row.coefficient(i)));
    }
  }

  static String fingerprint(List<Coefficient> coefficients) {
    List<Coefficient> sorted = new ArrayList<>(coefficients);
    sorted.sort(
        Comparator.comparingInt(Coefficient::matrix)
            .thenComparingInt(Coefficient::constraint)
            .thenComparingInt(Coefficient::signal));
    MessageDigest sha = sha256();
    byte[] ints = new byte[12];
    for (Coefficient c : sorted) {
      putInt(ints, 0, c.matrix());
      putInt(ints, 4, c.constraint());
      putInt(ints, 8, c.signal());
      sha.update(ints);
      sha.update(c.value().toBytesBigEndian());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  private static Optional<KeyMismatch> mismatch(
      KeyMismatch.Reason reason, Object key, Object circuit) {
    return Optional.of(new KeyMismatch(reason, "the key has " + key + ", the circuit " + circuit));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
