package io.validium.circuit.keys;

import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The INSECURE development proving key of a circuit, derived from a public seed: the one key that
 * {@code validium setup dev} writes and that prover-service generates when development keys are
 * allowed, so both produce byte-identical keys for the same circuit and seed. Anyone who knows the
 * seed can forge proofs; a deployment runs the phase-2 ceremony instead (docs/ceremony.md).
 */
public final class DevelopmentKey {

  /** The seed both the CLI and prover-service use unless told otherwise. */
  public static final String DEFAULT_SEED = "validium development key";

  private DevelopmentKey() {}

  /** The insecure key of {@code cs} for {@code seed} (its UTF-8 bytes feed the trapdoor). */
  public static ProvingKey insecure(ConstraintSystem cs, String seed) {
    return DevelopmentSetup.insecure(cs, seed.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code key} to {@code file} as a snarkjs zkey, aside first and then moved, so a crash
   * never leaves half a key where a whole one is expected.
   */
  public static void write(ProvingKey key, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".partial");
    try {
      ZkeyFile.write(key, tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
