package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shape of the generated parameters; their values are pinned by the circomlib vectors. */
class PoseidonParametersTest {

  @Test
  void usesCircomlibRoundCountsByWidth() {
    int[] expected = {56, 57, 56, 60, 60, 63};
    for (int t = 2; t <= 7; t++) {
      PoseidonParameters p = PoseidonParameters.forWidth(t);
      assertThat(p.width()).isEqualTo(t);
      assertThat(p.fullRounds()).isEqualTo(8);
      assertThat(p.partialRounds()).isEqualTo(expected[t - 2]);
      assertThat(p.rounds()).isEqualTo(8 + expected[t - 2]);
    }
  }

  @Test
  void mdsMatrixIsCauchy() {
    // For a Cauchy matrix 1/M[i][j] - 1/M[i][0] does not depend on i.
    PoseidonParameters p = PoseidonParameters.forWidth(5);
    for (int j = 1; j < 5; j++) {
      Set<Fr> differences = new HashSet<>();
      for (int i = 0; i < 5; i++) {
        differences.add(p.mds(i, j).inverse().sub(p.mds(i, 0).inverse()));
      }
      assertThat(differences).hasSize(1);
    }
  }

  @Test
  void generatesEachWidthOnce() {
    assertThat(PoseidonParameters.forWidth(3)).isSameAs(PoseidonParameters.forWidth(3));
  }

  @Test
  void rejectsUnsupportedWidths() {
    assertThatThrownBy(() -> PoseidonParameters.forWidth(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PoseidonParameters.forWidth(8))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
