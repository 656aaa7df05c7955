package io.validium.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.Poseidon;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The Poseidon cost of a transfer: only the changed paths are hashed, never a whole tree. One
 * changed account costs its balance path (depth 4), its leaf and its account path (depth 24).
 */
class TransferHashCountTest {
  private static final int ONE_ACCOUNT = 4 + 1 + 24;
  private static final SignatureCheck DIRECT = SignatureCheck.DIRECT;
  private static final SignatureCheck TRUSTED = (key, signed) -> true;
  private static final TestWorld WORLD = new TestWorld(9, 3);

  @Test
  void applyingATransferHashesTheTwoChangedPathsAndLeavesOnly() {
    L2State state = opened(2);
    Transfer t = WORLD.transfer(0, 1, 0, 5, 0);

    // apply verifies the signature itself: the signed message and the EdDSA challenge.
    L2State other = opened(2);
    Transfer same = WORLD.transfer(0, 1, 0, 5, 0);
    long signature = hashesOf(() -> StateTransition.decide(other, same, DIRECT)).count;
    long hashes = hashesOf(() -> StateTransition.apply(state, t)).count;

    assertThat(signature).isEqualTo(2);
    // The witness reads the root after each write, so each path is hashed once, in turn.
    assertThat(hashes).isEqualTo(2 * ONE_ACCOUNT + signature);
  }

  @Test
  void decidingHashesNothingUntilTheRootIsRead() {
    L2State state = opened(2);
    Transfer t = WORLD.transfer(0, 1, 0, 5, 0);

    assertThat(hashesOf(() -> StateTransition.decide(state, t, TRUSTED)).count).isZero();
    assertThat(hashesOf(state::root).count).isLessThanOrEqualTo(2 * ONE_ACCOUNT);
    assertThat(hashesOf(state::root).count).isZero();
  }

  @Test
  void aBatchCostsEachTouchedAccountOnceWhateverItsNumberOfTransfers() {
    int senders = 8;
    L2State state = opened(senders + 1);
    List<Transfer> batch = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      for (int s = 0; s < senders; s++) {
        batch.add(WORLD.transfer(s, senders, 0, 1, round));
      }
    }

    long hashes =
        hashesOf(
                () -> {
                  for (Transfer t : batch) {
                    assertThat(StateTransition.decide(state, t, TRUSTED).isApplied()).isTrue();
                  }
                  return state.root();
                })
            .count;

    // 80 transfers, 9 touched accounts: at most 9 paths, fewer where their account paths meet.
    assertThat(hashes).isLessThanOrEqualTo((senders + 1) * ONE_ACCOUNT);
    assertThat(hashes).isGreaterThanOrEqualTo((senders + 1) * (4 + 1) + 24);
  }

  private static L2State opened(int accounts) {
    L2State state = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    for (int a = 0; a < accounts; a++) {
      assertThat(StateTransition.decide(state, WORLD.deposit(a, a, 0, 1_000), TRUSTED).isApplied())
          .isTrue();
    }
    state.root();
    assertThat(state.account(AccountId.of(accounts - 1))).isPresent();
    return state;
  }

  private record Counted<T>(T value, long count) {}

  private static <T> Counted<T> hashesOf(Supplier<T> work) {
    long before = Poseidon.hashesOnThisThread();
    T value = work.get();
    return new Counted<>(value, Poseidon.hashesOnThisThread() - before);
  }
}
