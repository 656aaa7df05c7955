package io.validium.circuit.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentKeyTest {
  @TempDir Path dir;

  private static ConstraintSystem cube() {
    CircuitBuilder api = new CircuitBuilder();
    Variable out = api.publicInput("out");
    Variable x = api.privateInput("x");
    api.assertEqual(api.mul(api.mul(x, x, "square"), x, "cube"), out, "out");
    return api.build();
  }

  @Test
  void theSameSeedGivesTheSameKeyFileByteForByte() throws IOException {
    DevelopmentKey.write(DevelopmentKey.insecure(cube(), "seed"), dir.resolve("a.zkey"));
    DevelopmentKey.write(DevelopmentKey.insecure(cube(), "seed"), dir.resolve("b.zkey"));

    assertThat(Files.readAllBytes(dir.resolve("a.zkey")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.zkey")));
  }

  @Test
  void anotherSeedGivesAnotherVerifyingKey() {
    ProvingKey a = DevelopmentKey.insecure(cube(), "seed one");
    ProvingKey b = DevelopmentKey.insecure(cube(), "seed two");

    assertThat(VerifyingKeyDigest.sha256(a.verifyingKey()))
        .isNotEqualTo(VerifyingKeyDigest.sha256(b.verifyingKey()));
  }

  @Test
  void writesAReadableKeyIntoNewFoldersAndLeavesNoPartialFile() throws IOException {
    Path file = dir.resolve("nested/keys/batch.zkey");
    ProvingKey key = DevelopmentKey.insecure(cube(), DevelopmentKey.DEFAULT_SEED);

    DevelopmentKey.write(key, file);

    assertThat(ZkeyFile.read(file).verifyingKey()).isEqualTo(key.verifyingKey());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }
}
