package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.field.Fr;
import io.validium.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Empty-subtree roots against circomlibjs. */
class MerkleZerosTest {

  @Test
  void matchesCircomlibZeroHashesAtEveryDepth() {
    JsonNode zeros = Fixtures.json("merkle-zero-hashes.json").get("zeros");
    assertThat(zeros.size()).isGreaterThanOrEqualTo(33);
    for (int level = 0; level < zeros.size(); level++) {
      assertThat(MerkleZeros.zero(level))
          .as("level %d", level)
          .isEqualTo(Fr.fromDecimal(zeros.get(level).asText()));
    }
  }

  @Test
  void eachLevelHashesTwoCopiesOfTheOneBelowUpTo64() {
    assertThat(MerkleZeros.zero(0)).isEqualTo(Fr.ZERO);
    for (int level = 0; level < MerkleZeros.MAX_LEVEL; level++) {
      Fr below = MerkleZeros.zero(level);
      assertThat(MerkleZeros.zero(level + 1)).isEqualTo(Poseidon.hash(below, below));
    }
  }

  @Test
  void rejectsLevelsOutsideZeroTo64() {
    assertThatThrownBy(() -> MerkleZeros.zero(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerkleZeros.zero(65)).isInstanceOf(IllegalArgumentException.class);
  }
}
