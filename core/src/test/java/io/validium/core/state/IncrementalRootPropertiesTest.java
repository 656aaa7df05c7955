package io.validium.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The state root kept incrementally (deferred leaves, changed paths only, cached balance roots)
 * equals the root recomputed from scratch from every account, after any sequence of updates.
 */
class IncrementalRootPropertiesTest {
  private static final int ACCOUNTS = 6;
  private static final int DEPTH = L2State.DEFAULT_BALANCE_DEPTH;
  private static final TestWorld WORLD = new TestWorld(ACCOUNTS, 11);
  private static final SignatureCheck TRUSTED = (key, signed) -> true;

  /** A transfer between two of the accounts; then, perhaps, a root read. */
  record Step(int from, int to, int token, long amount, boolean read) {}

  @Property(tries = 40)
  void theIncrementalRootEqualsTheRootRebuiltFromEveryAccount(
      @ForAll("slots") List<Integer> slots, @ForAll("steps") List<Step> steps) {
    L2State state = new L2State(TestWorld.DOMAIN, DEPTH);
    for (int a = 0; a < ACCOUNTS; a++) {
      for (int token = 0; token < 3; token++) {
        Deposit d =
            new Deposit(
                TestWorld.DOMAIN,
                DepositIndex.of(3L * a + token),
                AccountId.of(slots.get(a)),
                WORLD.publicKey(a),
                TokenId.of(token),
                Amount.of(500));
        assertThat(StateTransition.decide(state, d, TRUSTED).isApplied()).isTrue();
      }
    }
    long[] nonces = new long[ACCOUNTS];
    for (Step s : steps) {
      AccountId from = AccountId.of(slots.get(s.from));
      AccountId to = AccountId.of(slots.get(s.to));
      Nonce nonce = Nonce.of(nonces[s.from]);
      TokenId token = TokenId.of(s.token);
      Fr m = Transfer.message(TestWorld.DOMAIN, from, to, token, Amount.of(s.amount), nonce);
      Transfer t =
          new Transfer(
              TestWorld.DOMAIN,
              from,
              to,
              token,
              Amount.of(s.amount),
              nonce,
              WORLD.key(s.from).sign(m));
      if (StateTransition.decide(state, t, TRUSTED).isApplied()) {
        nonces[s.from]++;
      }
      if (s.read) {
        assertThat(state.root().value()).isEqualTo(fromScratch(state, slots));
      }
    }
    assertThat(state.root().value()).isEqualTo(fromScratch(state, slots));
  }

  /** Every balance tree and the account tree hashed whole, zeros derived here. */
  private static Fr fromScratch(L2State state, List<Integer> slots) {
    Map<Long, Fr> leaves = new TreeMap<>();
    for (int slot : slots.subList(0, ACCOUNTS)) {
      Account a = state.account(AccountId.of(slot)).orElseThrow();
      Fr[] level = new Fr[1 << DEPTH];
      for (int t = 0; t < level.length; t++) {
        level[t] = Fr.fromBigInteger(a.balance(TokenId.of(t)).toBigInteger());
      }
      for (int h = 0; h < DEPTH; h++) {
        Fr[] up = new Fr[level.length / 2];
        for (int i = 0; i < up.length; i++) {
          up[i] = Poseidon.hash(level[2 * i], level[2 * i + 1]);
        }
        level = up;
      }
      Fr leaf =
          Poseidon.hash(a.publicKey().x(), a.publicKey().y(), Fr.of(a.nonce().value()), level[0]);
      leaves.put((long) slot, leaf);
    }
    Fr[] zeros = new Fr[AccountId.TREE_DEPTH + 1];
    zeros[0] = Fr.ZERO;
    for (int h = 1; h < zeros.length; h++) {
      zeros[h] = Poseidon.hash(zeros[h - 1], zeros[h - 1]);
    }
    return subtree(leaves, AccountId.TREE_DEPTH, 0, zeros);
  }

  private static Fr subtree(Map<Long, Fr> leaves, int height, long first, Fr[] zeros) {
    long width = 1L << height;
    boolean any = leaves.keySet().stream().anyMatch(k -> k >= first && k < first + width);
    if (!any) {
      return zeros[height];
    }
    if (height == 0) {
      return leaves.get(first);
    }
    return Poseidon.hash(
        subtree(leaves, height - 1, first, zeros),
        subtree(leaves, height - 1, first + width / 2, zeros));
  }

  @Provide
  Arbitrary<List<Integer>> slots() {
    // Anywhere in the 2^24 slots, some neighbours, so that paths both share and part.
    Arbitrary<Integer> spread = Arbitraries.integers().between(0, (1 << AccountId.TREE_DEPTH) - 1);
    Arbitrary<Integer> near = Arbitraries.integers().between(0, 7);
    return Arbitraries.oneOf(spread, near).list().uniqueElements().ofSize(ACCOUNTS);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> account = Arbitraries.integers().between(0, ACCOUNTS - 1);
    return Combinators.combine(
            account,
            account,
            Arbitraries.integers().between(0, 3),
            Arbitraries.longs().between(0, 300),
            Arbitraries.of(true, false, false, false))
        .as(Step::new)
        .list()
        .ofMaxSize(16);
  }
}
