package io.validium.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.state.BatchExecution;
import io.validium.core.tx.Transaction;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.zk.r1cs.Witness;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Random batches of every kind (forced withdrawals that pay in full, in part or nothing included),
 * run through core's BatchExecutor and through the circuit's witness solver: both must reach the
 * same root, batch commitment, deposit chain and L1 operations commitment, and the witness must
 * satisfy every constraint.
 */
class CircuitMatchesCoreDifferentialTest {
  /** Low, middle and the last account slot, so paths go left and right at every level. */
  private static final int[] ACCOUNTS = {0, 1, 7, 1000, AccountId.LIMIT - 1};

  private static final int[] TOKENS = {0, 1, 15};
  private static final BigInteger MAX = Amount.MAX.toBigInteger();

  private final BatchCircuit circuit = SharedCircuits.two();

  @Property(tries = 8, shrinking = ShrinkingMode.OFF)
  void circuitAndCoreAgreeOnRandomBatches(@ForAll long seed) {
    Random random = new Random(seed);
    TestLedger ledger = new TestLedger(3, seed);
    Model model = new Model();
    for (int batch = 0; batch < 3; batch++) {
      int count = random.nextInt(circuit.size() + 1);
      List<Transaction> txs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        txs.add(model.next(random, ledger));
      }
      BatchExecution run = ledger.execute(txs.toArray(new Transaction[0]));

      WitnessResult<BatchWitness> built = BatchInputs.witness(circuit, run);

      Witness w = built.value().witness();
      BatchHeader header = run.header();
      assertThat(circuit.system().isSatisfied(w)).isTrue();
      assertThat(circuit.computedNewRoot(w)).isEqualTo(header.newRoot().value());
      assertThat(circuit.computedBatchCommitment(w)).isEqualTo(header.commitment().value());
      assertThat(circuit.computedL1OpsCommitment(w)).isEqualTo(header.l1OpsCommitment().value());
      assertThat(circuit.computedDepositChainAfter(w)).isEqualTo(ledger.state().depositChain());
      assertThat(w.publicInputs()).isEqualTo(header.publicInputs());
    }
  }

  /** Balances and nonces as core will see them, so that every generated transaction applies. */
  private static final class Model {
    private final Map<Integer, BigInteger[]> balances = new HashMap<>();
    private final Map<Integer, Long> nonces = new HashMap<>();

    Transaction next(Random random, TestLedger ledger) {
      int kind = random.nextInt(10);
      if (kind == 3 && !balances.isEmpty()) {
        // A forced withdrawal of any opened account and token, often above what it holds.
        List<Integer> opened = new ArrayList<>(balances.keySet());
        opened.sort(Integer::compare);
        int account = opened.get(random.nextInt(opened.size()));
        int token = TOKENS[random.nextInt(TOKENS.length)];
        BigInteger held = balances.get(account)[token];
        BigInteger amount =
            below(random, held.shiftLeft(1).add(BigInteger.TWO)).max(BigInteger.ONE);
        debit(account, token, amount.min(held));
        return ledger.forcedWithdrawal(account, token, Amount.of(amount));
      }
      if (kind >= 4 && !funded().isEmpty()) {
        int[] source = funded().get(random.nextInt(funded().size()));
        int from = source[0];
        int token = source[1];
        BigInteger amount = below(random, balances.get(from)[token].add(BigInteger.ONE));
        long nonce = nonces.merge(from, 1L, Long::sum) - 1;
        List<Integer> others = new ArrayList<>(balances.keySet());
        others.remove(Integer.valueOf(from));
        if (kind >= 7 || others.isEmpty()) {
          debit(from, token, amount);
          return ledger.withdrawal(from, token, Amount.of(amount), nonce);
        }
        int to = others.get(random.nextInt(others.size()));
        BigInteger room = MAX.subtract(balances.get(to)[token]);
        amount = amount.min(room);
        debit(from, token, amount);
        balances.get(to)[token] = balances.get(to)[token].add(amount);
        return ledger.transfer(from, to, token, Amount.of(amount), nonce);
      }
      int account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
      int token = TOKENS[random.nextInt(TOKENS.length)];
      BigInteger[] held = balances.computeIfAbsent(account, a -> zeros());
      nonces.putIfAbsent(account, 0L);
      BigInteger amount =
          random.nextInt(5) == 0
              ? new BigInteger(95, random)
              : BigInteger.valueOf(random.nextInt(1000));
      amount = amount.min(MAX.subtract(held[token]));
      held[token] = held[token].add(amount);
      return ledger.deposit(account, token, Amount.of(amount));
    }

    private List<int[]> funded() {
      List<int[]> out = new ArrayList<>();
      balances.forEach(
          (account, held) -> {
            for (int t : TOKENS) {
              if (held[t].signum() > 0) {
                out.add(new int[] {account, t});
              }
            }
          });
      out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      return out;
    }

    private void debit(int account, int token, BigInteger amount) {
      balances.get(account)[token] = balances.get(account)[token].subtract(amount);
    }

    private static BigInteger below(Random random, BigInteger bound) {
      BigInteger v;
      do {
        v = new BigInteger(bound.bitLength(), random);
      } while (v.compareTo(bound) >= 0);
      return v;
    }

    private static BigInteger[] zeros() {
      BigInteger[] out = new BigInteger[16];
      java.util.Arrays.fill(out, BigInteger.ZERO);
      return out;
    }
  }
}
