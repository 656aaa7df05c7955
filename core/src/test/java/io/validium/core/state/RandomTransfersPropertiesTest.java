package io.validium.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.merkle.SparseMerkleTree;
import io.validium.core.testing.TestWorld;
import io.validium.core.types.AccountId;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RandomTransfersPropertiesTest {
  private static final int ACCOUNTS = 4;
  private static final TestWorld WORLD = new TestWorld(ACCOUNTS, 99);

  record Move(int from, int to, int token, long amount) {}

  @Property(tries = 25)
  void transfersKeepSupplyPerTokenAndTheRootMatchesOneRebuiltFromScratch(
      @ForAll("moves") List<Move> moves) {
    L2State state = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    long index = 0;
    for (int a = 0; a < ACCOUNTS; a++) {
      for (int token = 0; token < 2; token++) {
        assertThat(
                StateTransition.apply(state, WORLD.deposit(index++, a, token, 1_000)).isApplied())
            .isTrue();
      }
    }
    Map<Integer, BigInteger> supply = supply(state);
    long[] nonces = new long[ACCOUNTS];
    for (Move m : moves) {
      TxOutcome outcome =
          StateTransition.apply(
              state, WORLD.transfer(m.from, m.to, m.token, m.amount, nonces[m.from]));
      if (outcome.isApplied()) {
        nonces[m.from]++;
      } else {
        assertThat(outcome.reason())
            .isIn(RejectReason.SELF_TRANSFER, RejectReason.INSUFFICIENT_BALANCE);
      }
      assertThat(supply(state)).isEqualTo(supply);
    }
    SparseMerkleTree rebuilt = new SparseMerkleTree(AccountId.TREE_DEPTH);
    for (int a = 0; a < ACCOUNTS; a++) {
      rebuilt.set(a, state.account(AccountId.of(a)).orElseThrow().leaf());
    }
    assertThat(state.root().value()).isEqualTo(rebuilt.root());
  }

  @Provide
  Arbitrary<List<Move>> moves() {
    Arbitrary<Integer> account = Arbitraries.integers().between(0, ACCOUNTS - 1);
    return Combinators.combine(
            account,
            account,
            Arbitraries.integers().between(0, 1),
            Arbitraries.longs().between(0, 1_500))
        .as(Move::new)
        .list()
        .ofMaxSize(12);
  }

  private static Map<Integer, BigInteger> supply(L2State state) {
    Map<Integer, BigInteger> out = new TreeMap<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      Account account = state.account(AccountId.of(a)).orElseThrow();
      for (int token = 0; token < 2; token++) {
        out.merge(token, account.balance(TokenId.of(token)).toBigInteger(), BigInteger::add);
      }
    }
    return out;
  }
}
