package io.validium.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleProofTest {

  private static final Fr A = Fr.of(11);
  private static final Fr B = Fr.of(22);
  private static final Fr C = Fr.of(33);

  @Test
  void leftChildIsHashedOnTheLeftOfItsSibling() {
    assertThat(new MerkleProof(0, List.of(B)).computeRoot(A)).isEqualTo(Poseidon.hash(A, B));
  }

  @Test
  void rightChildIsHashedOnTheRightOfItsSibling() {
    assertThat(new MerkleProof(1, List.of(B)).computeRoot(A)).isEqualTo(Poseidon.hash(B, A));
  }

  @Test
  void indexBitsChooseTheSideAtEachLevelFromTheLeafUp() {
    // index 2 = binary 10: left child at level 0, right child at level 1.
    Fr expected = Poseidon.hash(C, Poseidon.hash(A, B));
    assertThat(new MerkleProof(2, List.of(B, C)).computeRoot(A)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 5_000_000, (1L << 24) - 1})
  void zeroLeafWithEmptySiblingsProvesTheEmptyDepth24Root(long index) {
    List<Fr> siblings = new ArrayList<>();
    for (int level = 0; level < 24; level++) {
      siblings.add(ZeroHashesFixture.zero(level));
    }
    MerkleProof proof = new MerkleProof(index, siblings);

    assertThat(proof.depth()).isEqualTo(24);
    assertThat(proof.verifies(ZeroHashesFixture.zero(24), Fr.ZERO)).isTrue();
    assertThat(proof.verifies(ZeroHashesFixture.zero(24), Fr.of(1))).isFalse();
  }

  @Test
  void proofDoesNotVerifyAgainstAnotherRoot() {
    MerkleProof proof = new MerkleProof(0, List.of(B));

    assertThat(proof.verifies(Poseidon.hash(A, B), A)).isTrue();
    assertThat(proof.verifies(Poseidon.hash(B, A), A)).isFalse();
  }

  @Test
  void laterChangesToTheCallersListDoNotAffectTheProof() {
    List<Fr> siblings = new ArrayList<>(List.of(A, B));
    MerkleProof proof = new MerkleProof(3, siblings);
    siblings.set(0, C);

    assertThat(proof.siblings()).containsExactly(A, B);
    assertThatThrownBy(() -> proof.siblings().set(0, C))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 4, Long.MAX_VALUE, Long.MIN_VALUE})
  void rejectsIndexOutsideTheTreeOfItsDepth(long index) {
    assertThatThrownBy(() -> new MerkleProof(index, List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsTheLastIndexOfAMaximalDepthTree() {
    MerkleProof proof = new MerkleProof((1L << 32) - 1, Collections.nCopies(32, A));

    assertThat(proof.depth()).isEqualTo(MerkleProof.MAX_DEPTH);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 33})
  void rejectsDepthOutsideOneTo32(int depth) {
    assertThatThrownBy(() -> new MerkleProof(0, Collections.nCopies(depth, A)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMissingSiblings() {
    assertThatThrownBy(() -> new MerkleProof(0, Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejectsMissingLeafOrRoot() {
    MerkleProof proof = new MerkleProof(0, List.of(A));

    assertThatThrownBy(() -> proof.computeRoot(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> proof.verifies(null, A)).isInstanceOf(NullPointerException.class);
  }
}
