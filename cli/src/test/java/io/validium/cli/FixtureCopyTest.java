package io.validium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixtureCopyTest {

  @ParameterizedTest
  @ValueSource(strings = {"vk.json", "proof.json", "public.json"})
  void copiedFixtureIsByteIdenticalToTheSharedOne(String name) throws IOException {
    String relative = "groth16/snarkjs-transfer/" + name;
    Path shared =
        Path.of(System.getProperty("validium.repo.root", ".."))
            .toAbsolutePath()
            .resolve("../shared/fixtures")
            .resolve(relative)
            .normalize();
    assumeTrue(Files.exists(shared), "the shared fixtures are not beside this checkout");
    try (InputStream copy = getClass().getResourceAsStream("/fixtures/" + relative)) {
      assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
    }
  }
}
