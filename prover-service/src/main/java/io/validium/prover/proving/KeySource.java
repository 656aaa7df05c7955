package io.validium.prover.proving;

import io.validium.circuit.keys.DevelopmentKey;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads the proving key from its {@code .zkey} file, or, only when development keys are allowed and
 * the file is missing, writes an insecure one there first; then checks it against the circuit and
 * the pinned verifying key.
 */
public final class KeySource {
  private static final Logger LOG = Logger.getLogger(KeySource.class);

  private KeySource() {}

  /**
   * The checked key.
   *
   * @throws KeyRefusedException with the reason, when there is no usable key
   */
  public static ProvingKey load(
      ConstraintSystem cs,
      Path file,
      boolean generateDevelopmentKey,
      String developmentSeed,
      Optional<String> verifyingKeySha256) {
    if (!Files.isRegularFile(file)) {
      if (!generateDevelopmentKey) {
        throw new KeyRefusedException(
            "there is no proving key at "
                + file
                + "; make one with `validium setup`, or set"
                + " validium.prover.key.generate-development-key=true for an INSECURE development key");
      }
      generate(cs, file, developmentSeed);
    }
    ProvingKey key;
    try {
      key = ZkeyFile.read(file);
    } catch (IOException | RuntimeException e) {
      throw new KeyRefusedException(
          "the proving key " + file + " cannot be read: " + e.getMessage());
    }
    Optional<KeyMismatch> mismatch =
        KeyCheck.against(cs, key)
            .or(() -> KeyCheck.verifyingKey(key.verifyingKey(), verifyingKeySha256));
    if (mismatch.isPresent()) {
      throw new KeyRefusedException(
          "the proving key " + file + " does not fit this prover's circuit: " + mismatch.get());
    }
    LOG.infof(
        "proving key %s fits the circuit (%d constraints, %d wires); verifying key sha256 %s",
        file, cs.numConstraints(), cs.numWires(), KeyCheck.verifyingKeySha256(key.verifyingKey()));
    return key;
  }

  private static void generate(ConstraintSystem cs, Path file, String seed) {
    LOG.warnf(
        "writing an INSECURE development proving key to %s (seed '%s'): anyone who knows the seed"
            + " can forge proofs; never deploy it",
        file, seed);
    try {
      DevelopmentKey.write(DevelopmentKey.insecure(cs, seed), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the development key " + file, e);
    }
  }
}
