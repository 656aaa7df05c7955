package io.validium.zk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixtureCopyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "README.md",
        Fixtures.TRANSFER + "vk.json",
        Fixtures.TRANSFER + "proof.json",
        Fixtures.TRANSFER + "public.json",
        "poseidon.json",
        "merkle-zero-hashes.json",
        "babyjubjub-eddsa-poseidon.json",
        "ptau/pot12_final.ptau"
      })
  void copiedFixtureIsByteIdenticalToTheSharedOne(String name) throws IOException {
    Path shared = sharedFixtures().resolve(name);
    assumeTrue(Files.exists(shared), "the shared fixtures are not beside this checkout");
    assertThat(Fixtures.bytes(name)).isEqualTo(Files.readAllBytes(shared));
  }

  private static Path sharedFixtures() {
    String root = System.getProperty("validium.repo.root", "..");
    return Path.of(root).toAbsolutePath().resolve("../shared/fixtures").normalize();
  }
}
