package io.validium.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.batch.BatchData;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The sequencer's and the DAC member's path ({@code decide}, deferred hashing) against the prover's
 * ({@code apply}), per transaction and per batch.
 */
class DecideMatchesApplyPropertiesTest {
  private static final int ACCOUNTS = 5;
  private static final TestWorld WORLD = new TestWorld(ACCOUNTS, 7);
  private static final Address RECIPIENT =
      Address.parse("0x00000000000000000000000000000000000000aa");

  /** kind 0 transfer, 1 withdrawal, 2 transfer with someone else's signature; then a root read. */
  record Step(int kind, int from, int to, int token, long amount, long nonceSkew, boolean read) {}

  @Property(tries = 30)
  void decidingGivesTheSameOutcomesRootsAndProofsAsApplying(@ForAll("steps") List<Step> steps) {
    L2State applied = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    L2State decided = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    List<Transaction> txs = new ArrayList<>();
    long index = 0;
    for (int a = 1; a < ACCOUNTS; a++) {
      txs.add(WORLD.deposit(index++, a, a % 2, 1_000));
    }
    long[] nonces = new long[ACCOUNTS];
    for (Step s : steps) {
      long nonce = Math.max(0, nonces[s.from] + s.nonceSkew);
      Transaction tx =
          switch (s.kind) {
            case 0 -> WORLD.transfer(s.from, s.to, s.token, s.amount, nonce);
            case 1 -> WORLD.withdrawal(s.from, s.token, s.amount, nonce, RECIPIENT);
            default -> forged(WORLD.transfer(s.from, s.to, s.token, s.amount, nonce));
          };
      txs.add(tx);
      TxOutcome a = StateTransition.apply(applied, tx);
      TxOutcome d = StateTransition.decide(decided, tx, SignatureCheck.DIRECT);
      assertThat(d.toString()).isEqualTo(a.toString());
      if (a.isApplied() && s.kind != 2) {
        nonces[s.from]++;
      }
      if (s.read) {
        assertThat(decided.root()).isEqualTo(applied.root());
      }
    }
    assertThat(decided.root()).isEqualTo(applied.root());
    for (int a = 0; a < ACCOUNTS + 1; a++) {
      AccountId id = AccountId.of(a);
      assertThat(decided.proof(id)).isEqualTo(applied.proof(id));
      assertThat(decided.account(id).map(x -> x.balances().proof(TokenId.of(1))))
          .isEqualTo(applied.account(id).map(x -> x.balances().proof(TokenId.of(1))));
    }
  }

  @Property(tries = 20)
  void replayingABatchGivesTheHeaderAndDecisionsOfExecutingIt(@ForAll("steps") List<Step> steps) {
    L2State executed = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    L2State replayed = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    List<Transaction> opening = new ArrayList<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      opening.add(WORLD.deposit(a, a, a % 2, 1_000));
    }
    List<List<Step>> chunks = new ArrayList<>();
    for (int i = 0; i < steps.size(); i += 3) {
      chunks.add(steps.subList(i, Math.min(steps.size(), i + 3)));
    }
    check(executed, replayed, new BatchData(TestWorld.DOMAIN, BatchNumber.of(0), opening));
    long number = 1;
    long[] nonces = new long[ACCOUNTS];
    for (List<Step> chunk : chunks) {
      long[] tentative = nonces.clone();
      List<Transaction> txs = new ArrayList<>();
      for (Step s : chunk) {
        long nonce = Math.max(0, tentative[s.from] + s.nonceSkew);
        txs.add(
            switch (s.kind) {
              case 0 -> WORLD.transfer(s.from, s.to, s.token, s.amount, nonce);
              case 1 -> WORLD.withdrawal(s.from, s.token, s.amount, nonce, RECIPIENT);
              default -> forged(WORLD.transfer(s.from, s.to, s.token, s.amount, nonce));
            });
        tentative[s.from]++;
      }
      if (check(executed, replayed, new BatchData(TestWorld.DOMAIN, BatchNumber.of(number), txs))) {
        number++;
        nonces = tentative;
      }
    }
  }

  /** Executes and replays one batch on two equal states; true when it was applied. */
  private static boolean check(L2State executed, L2State replayed, BatchData data) {
    BatchExecution e = BatchExecutor.execute(executed, data);
    BatchExecution r = BatchExecutor.replay(replayed, data);
    assertThat(r.toString()).isEqualTo(e.toString());
    assertThat(r.isSuccess()).isEqualTo(e.isSuccess());
    if (e.isSuccess()) {
      assertThat(r.header()).isEqualTo(e.header());
      assertThat(r.deposits()).isEqualTo(e.deposits());
      assertThat(r.withdrawals()).isEqualTo(e.withdrawals());
      assertThat(r.outcomes().stream().map(TxOutcome::toString))
          .containsExactlyElementsOf(e.outcomes().stream().map(TxOutcome::toString).toList());
    } else {
      assertThat(r.failedIndex()).isEqualTo(e.failedIndex());
      assertThat(r.failure()).isEqualTo(e.failure());
    }
    assertThat(replayed.root()).isEqualTo(executed.root());
    assertThat(replayed.depositChain()).isEqualTo(executed.depositChain());
    return e.isSuccess();
  }

  @Test
  void decidingTrustsTheSignatureCheckItIsGiven() {
    L2State state = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    StateTransition.apply(state, WORLD.deposit(0, 0, 0, 100));
    StateTransition.apply(state, WORLD.deposit(1, 1, 0, 100));
    Transfer good = WORLD.transfer(0, 1, 0, 5, 0);
    TxOutcome refused = StateTransition.decide(state, good, (key, signed) -> false);
    assertThat(refused.reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
    TxOutcome ok = StateTransition.decide(state, good, SignatureCheck.DIRECT);
    assertThat(ok.isApplied()).isTrue();
    assertThatThrownBy(ok::witness).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRollbackUndoesWritesThatWereNotHashedYet() {
    L2State state = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    StateTransition.decide(state, WORLD.deposit(0, 0, 0, 100), SignatureCheck.DIRECT);
    StateTransition.decide(state, WORLD.deposit(1, 1, 0, 100), SignatureCheck.DIRECT);
    var sp = state.savepoint();
    var before = state.root();
    assertThat(
            StateTransition.decide(state, WORLD.transfer(0, 1, 0, 5, 0), SignatureCheck.DIRECT)
                .isApplied())
        .isTrue();
    state.rollbackTo(sp);
    assertThat(state.root()).isEqualTo(before);
    assertThat(state.account(AccountId.of(1)).orElseThrow().balance(TokenId.of(0)).toString())
        .isEqualTo("100");
  }

  private static Transfer forged(Transfer t) {
    return new Transfer(
        t.domain(),
        t.from(),
        t.to(),
        t.token(),
        t.amount(),
        t.nonce(),
        TestWorld.sign(WORLD.key((t.from().value() + 1) % ACCOUNTS), t.message()));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> account = Arbitraries.integers().between(0, ACCOUNTS - 1);
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            account,
            account,
            Arbitraries.integers().between(0, 1),
            Arbitraries.longs().between(0, 600),
            Arbitraries.longs().between(-1, 1),
            Arbitraries.of(true, false, false))
        .as(Step::new)
        .list()
        .ofMaxSize(14);
  }
}
