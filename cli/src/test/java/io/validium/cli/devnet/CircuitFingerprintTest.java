package io.validium.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircuitFingerprintTest {
  @TempDir Path dir;

  @Test
  void theRunningCircuitCodeHasOneShortFingerprint() {
    String fp = CircuitFingerprint.current();

    assertThat(fp).matches("[0-9a-f]{12}");
    assertThat(CircuitFingerprint.current()).isEqualTo(fp);
  }

  @Test
  void changingOrRenamingAClassFileChangesTheFingerprint() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes/io/validium/circuit"));
    Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
    Path jar = Files.write(dir.resolve("zk.jar"), new byte[] {9});
    List<Path> sources = List.of(dir.resolve("classes"), jar);
    String before = CircuitFingerprint.of(sources);

    Files.write(classes.resolve("A.class"), new byte[] {1, 2, 4});
    String changed = CircuitFingerprint.of(sources);
    Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
    assertThat(CircuitFingerprint.of(sources)).isEqualTo(before);
    Files.move(classes.resolve("A.class"), classes.resolve("B.class"));
    String renamed = CircuitFingerprint.of(sources);
    Files.write(jar, new byte[] {8});

    assertThat(changed).isNotEqualTo(before);
    assertThat(renamed).isNotEqualTo(before);
    assertThat(CircuitFingerprint.of(sources)).isNotIn(before, renamed);
  }
}
