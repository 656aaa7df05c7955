package io.validium.benchmarks.sequencer;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.state.StateTransition;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The serial part of the sequencer, the work done under its lock, in thread CPU time and Poseidon
 * hashes per transfer: each transfer decided ({@code StateTransition.decide}, signature already
 * verified, as the sequencer's precheck answers) and, per batch, the new state root and the
 * commitment chain (each transfer's leaf hashed beforehand, as the signature workers do). The
 * traffic is {@code SequencerLoad}'s: {@code senders} accounts, opened by deposits, each paying one
 * sink, round robin.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.validium.benchmarks.sequencer.LedgerCpu \
 *     [senders 64] [transfers per batch 180] [batches 30]
 * </pre>
 */
public final class LedgerCpu {
  private static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  private static final int FIRST_ACCOUNT = 1_000_000;

  private LedgerCpu() {}

  public static void main(String[] args) {
    int senders = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int perBatch = args.length > 1 ? Integer.parseInt(args[1]) : 180;
    int batches = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    L2State state = new L2State(DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    Random random = new Random(7);
    List<EdDsaPrivateKey> keys = new ArrayList<>();
    for (int i = 0; i <= senders; i++) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      EdDsaPrivateKey key = EdDsaPrivateKey.fromBytes(secret);
      keys.add(key);
      Deposit d =
          new Deposit(
              DOMAIN,
              DepositIndex.of(i),
              AccountId.of(FIRST_ACCOUNT + i),
              key.publicKey(),
              TokenId.ETH,
              Amount.of(1_000_000_000L));
      require(StateTransition.decide(state, d, (k, s) -> true).isApplied());
    }
    state.root();
    AccountId sink = AccountId.of(FIRST_ACCOUNT + senders);
    long[] nonces = new long[senders];
    List<List<Transaction>> work = new ArrayList<>();
    int sender = 0;
    for (int b = 0; b < batches; b++) {
      List<Transaction> txs = new ArrayList<>(perBatch);
      for (int i = 0; i < perBatch; i++) {
        AccountId from = AccountId.of(FIRST_ACCOUNT + sender);
        Nonce nonce = Nonce.of(nonces[sender]++);
        Fr m = Transfer.message(DOMAIN, from, sink, TokenId.ETH, Amount.of(1), nonce);
        Transfer t =
            new Transfer(
                DOMAIN, from, sink, TokenId.ETH, Amount.of(1), nonce, keys.get(sender).sign(m));
        t.commitmentLeaf();
        txs.add(t);
        sender = (sender + 1) % senders;
      }
      work.add(txs);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] decide = new double[batches];
    double[] root = new double[batches];
    double[] chain = new double[batches];
    double[] hashes = new double[batches];
    for (int b = 0; b < batches; b++) {
      List<Transaction> txs = work.get(b);
      long h0 = Poseidon.hashesOnThisThread();
      long t0 = cpu.getCurrentThreadCpuTime();
      for (Transaction tx : txs) {
        require(StateTransition.decide(state, tx, (k, s) -> true).isApplied());
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      state.root();
      long t2 = cpu.getCurrentThreadCpuTime();
      new BatchData(DOMAIN, BatchNumber.of(b + 1), txs).commitment();
      long t3 = cpu.getCurrentThreadCpuTime();
      long h1 = Poseidon.hashesOnThisThread();
      decide[b] = (t1 - t0) / 1e3 / perBatch;
      root[b] = (t2 - t1) / 1e3 / perBatch;
      chain[b] = (t3 - t2) / 1e3 / perBatch;
      hashes[b] = (double) (h1 - h0) / perBatch;
    }
    System.out.printf(
        "%d senders -> 1 sink, %d transfers a batch, %d batches; per transfer, min / median:%n",
        senders, perBatch, batches);
    print("decide", decide, "µs");
    print("root at batch close", root, "µs");
    print("commitment chain", chain, "µs");
    print("Poseidon hashes", hashes, "");
    System.out.println("final root " + state.root());
  }

  private static void print(String what, double[] v, String unit) {
    double[] s = v.clone();
    Arrays.sort(s);
    // The first batches run while the JIT compiles; the minimum and median skip nothing.
    System.out.printf("  %-22s %8.2f / %8.2f %s%n", what, s[0], s[s.length / 2], unit);
  }

  private static void require(boolean ok) {
    if (!ok) {
      throw new IllegalStateException("a transaction of the benchmark was rejected");
    }
  }
}
