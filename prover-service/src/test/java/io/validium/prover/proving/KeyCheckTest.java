package io.validium.prover.proving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyCheckTest {
  @TempDir Path dir;

  /** out = x^power for a public out and private x: circuits of the same shape, different rows. */
  private static ConstraintSystem power(int power, long coefficient) {
    CircuitBuilder api = new CircuitBuilder();
    Variable out = api.publicInput("out");
    Variable x = api.privateInput("x");
    var acc = api.mul(x, x, "square");
    for (int i = 2; i < power; i++) {
      acc = api.mul(acc, x, "power " + i);
    }
    api.assertEqual(acc.scale(io.validium.core.field.Fr.of(coefficient)), out, "out");
    return api.build();
  }

  private static ProvingKey keyOf(ConstraintSystem cs) {
    return DevelopmentSetup.insecure(cs, "key check test".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsTheKeyOfTheCircuit() {
    ConstraintSystem cs = power(3, 1);

    assertThat(KeyCheck.against(cs, keyOf(cs))).isEmpty();
  }

  @Test
  void refusesAKeyWithOtherWires() {
    assertThat(KeyCheck.against(power(4, 1), keyOf(power(3, 1))).orElseThrow().reason())
        .isEqualTo(KeyMismatch.Reason.WIRES);
  }

  @Test
  void refusesAKeyOfTheSameShapeWithOtherConstraints() {
    KeyMismatch m = KeyCheck.against(power(3, 2), keyOf(power(3, 1))).orElseThrow();

    assertThat(m.reason()).isEqualTo(KeyMismatch.Reason.CONSTRAINTS);
  }

  @Test
  void refusesAVerifyingKeyOtherThanThePinnedOne() {
    ProvingKey key = keyOf(power(3, 1));
    String hash = KeyCheck.verifyingKeySha256(key.verifyingKey());

    assertThat(KeyCheck.verifyingKey(key.verifyingKey(), Optional.of(hash.toUpperCase())))
        .isEmpty();
    assertThat(KeyCheck.verifyingKey(key.verifyingKey(), Optional.of("00" + hash.substring(2))))
        .get()
        .extracting(KeyMismatch::reason)
        .isEqualTo(KeyMismatch.Reason.VERIFYING_KEY);
  }

  @Test
  void refusesToStartWithoutAKeyUnlessDevelopmentKeysAreAllowed() {
    Path file = dir.resolve("k.zkey");

    assertThatThrownBy(() -> KeySource.load(power(3, 1), file, false, "s", Optional.empty()))
        .isInstanceOf(KeyRefusedException.class)
        .hasMessageContaining("no proving key at")
        .hasMessageContaining("generate-development-key");
    assertThat(file).doesNotExist();

    ProvingKey generated = KeySource.load(power(3, 1), file, true, "s", Optional.empty());
    assertThat(file).isRegularFile();
    assertThat(KeySource.load(power(3, 1), file, false, "s", Optional.empty()).verifyingKey())
        .isEqualTo(generated.verifyingKey());
  }

  @Test
  void refusesAKeyFileOfAnotherCircuitOrOfGarbage() throws IOException {
    Path file = dir.resolve("k.zkey");
    KeySource.load(power(3, 1), file, true, "s", Optional.empty());

    assertThatThrownBy(() -> KeySource.load(power(3, 2), file, true, "s", Optional.empty()))
        .isInstanceOf(KeyRefusedException.class)
        .hasMessageContaining("does not fit")
        .hasMessageContaining("CONSTRAINTS");

    Files.write(file, new byte[] {'z', 'k', 'e', 'y', 0, 0, 0});
    assertThatThrownBy(() -> KeySource.load(power(3, 1), file, false, "s", Optional.empty()))
        .isInstanceOf(KeyRefusedException.class)
        .hasMessageContaining("cannot be read");
  }
}
