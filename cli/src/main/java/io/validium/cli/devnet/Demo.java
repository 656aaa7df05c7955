package io.validium.cli.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.cli.client.Deployment;
import io.validium.cli.client.L1Api;
import io.validium.cli.client.L2Api;
import io.validium.cli.client.L2User;
import io.validium.cli.client.TxJson;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.TokenId;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * {@code validium devnet --demo}: three users deposit ETH on L1, send each other transfers over the
 * REST API, and one withdraws to L1 and claims once the batch is final; a live line shows the
 * batches moving, a summary closes with throughput, time to finality and gas.
 */
final class Demo {
  private static final BigInteger ONE_ETH = BigInteger.TEN.pow(18);
  private static final Duration TIMEOUT = Duration.ofMinutes(45);
  private static final int TRANSFERS = 3;

  private final Devnet devnet;
  private final PrintWriter out;
  private final L2Api l2;
  private final L1Api l1;
  private final Domain domain;
  private final Map<Long, Long> firstSeenFinalMillis = new LinkedHashMap<>();
  private final List<long[]> submittedAt = new ArrayList<>(); // {batchNumber, millis}
  private static final boolean TERMINAL = System.console() != null;
  private String lastLine = "";
  private int accepted;
  private long firstBatch;

  Demo(Devnet devnet, PrintWriter out) {
    this.devnet = devnet;
    this.out = out;
    this.l2 = new L2Api(devnet.sequencerUrl());
    Deployment d = devnet.deployment();
    this.l1 = new L1Api(devnet.rpcUrl(), d.chainId(), d.validium());
    this.domain = new Domain(new ChainId(d.chainId()), Address.parse(d.validium()));
  }

  void run() {
    long start = System.currentTimeMillis();
    firstBatch = l2.roots().path("openBatch").asLong();
    SecureRandom random = new SecureRandom();
    // Fresh account ids, so a demo on a reused devnet never meets its earlier accounts' keys.
    int base = 1 + random.nextInt(AccountId.LIMIT - 16);
    List<L2User> users = new ArrayList<>();
    List<Credentials> wallets = new ArrayList<>();
    say("demo: three users deposit 1 ETH each on L1 (accounts " + base + ".." + (base + 2) + ")");
    for (int i = 0; i < 3; i++) {
      L2User u = L2User.create(new AccountId(base + i), domain, random);
      Credentials w = Credentials.create(L1Api.USER_KEYS.get(i));
      l1.depositEth(w, u.account(), u.publicKey(), ONE_ETH);
      users.add(u);
      wallets.add(w);
    }
    for (L2User u : users) {
      awaitAccount(u.account());
      accepted++;
    }
    say("demo: the deposits reached L2; " + TRANSFERS + " transfers over REST");
    Amount tenth = Amount.of(ONE_ETH.divide(BigInteger.TEN));
    for (int i = 0; i < TRANSFERS; i++) {
      L2User from = users.get(i % 3);
      L2User to = users.get((i + 1) % 3);
      submit(TxJson.of(from.transfer(to.account(), tenth)));
    }
    Address recipient = Address.parse(wallets.get(1).getAddress());
    String withdrawal = submit(TxJson.of(users.get(1).withdraw(tenth, recipient)));
    long withdrawalBatch =
        l2.transaction(withdrawal).map(t -> t.path("batchNumber").asLong()).orElseThrow();
    say("demo: one withdrawal of 0.1 ETH in batch " + withdrawalBatch + "; waiting for finality");
    awaitFinal(withdrawalBatch);
    BigInteger before = l1.balance(recipient.toString());
    TransactionReceipt claim =
        l1.claim(wallets.get(1), withdrawalBatch, 0, recipient, TokenId.ETH, tenth);
    BigInteger gasCost =
        claim.getGasUsed().multiply(new BigInteger(claim.getEffectiveGasPrice().substring(2), 16));
    BigInteger gained = l1.balance(recipient.toString()).subtract(before).add(gasCost);
    summary(start, withdrawalBatch, gained);
  }

  private String submit(String json) {
    L2Api.Answer a = l2.submit(json);
    while (a.status() == 503) {
      ChildProcess.sleep(1000);
      a = l2.submit(json);
    }
    if (!a.accepted()) {
      throw new DevnetException("the sequencer refused a demo transaction: " + a.body());
    }
    accepted++;
    submittedAt.add(new long[] {a.body().path("batchNumber").asLong(), System.currentTimeMillis()});
    return a.txHash();
  }

  private void awaitAccount(AccountId id) {
    long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
    while (l2.account(id).isEmpty()) {
      if (System.currentTimeMillis() > deadline) {
        throw new DevnetException("the deposit to account " + id + " never reached L2");
      }
      progress();
      ChildProcess.sleep(500);
    }
  }

  private void awaitFinal(long batch) {
    long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
    while (!firstSeenFinalMillis.containsKey(batch)) {
      if (System.currentTimeMillis() > deadline) {
        throw new DevnetException(
            "batch " + batch + " was not final within " + TIMEOUT.toMinutes() + " minutes");
      }
      progress();
      ChildProcess.sleep(1000);
    }
    if (TERMINAL) {
      out.println();
    }
  }

  /** One line: transactions accepted, and batches per stage since the demo began. */
  private void progress() {
    long open = l2.roots().path("openBatch").asLong();
    int sequenced = 0;
    int certified = 0;
    int proven = 0;
    int fin = 0;
    for (long n = firstBatch; n < open; n++) {
      JsonNode b = l2.batch(n).orElse(null);
      if (b == null) {
        continue;
      }
      String s = b.path("status").asText();
      int stage =
          switch (s) {
            case "sequenced" -> 1;
            case "available" -> 2;
            case "proven", "submitted" -> 3;
            case "finalized" -> 4;
            case "failed" ->
                throw new DevnetException("batch " + n + " failed: " + b.path("history"));
            default -> 0;
          };
      // Counted as a pipeline: a final batch was also sequenced, certified and proven.
      sequenced += stage >= 1 ? 1 : 0;
      certified += stage >= 2 || b.path("attestations").asInt() >= Devnet.THRESHOLD ? 1 : 0;
      proven += stage >= 3 ? 1 : 0;
      if (stage == 4) {
        fin++;
        firstSeenFinalMillis.putIfAbsent(n, System.currentTimeMillis());
      }
    }
    String line =
        String.format(
            Locale.ROOT,
            "  accepted %d | sequenced %d | certified %d | proven %d | final on L1 %d",
            accepted,
            sequenced,
            certified,
            proven,
            fin);
    if (!line.equals(lastLine)) {
      // On a terminal the line is redrawn in place; in a log, each change is a line of its own.
      out.print(TERMINAL ? "\r" + line + "   " : line + "\n");
      out.flush();
      lastLine = line;
    }
  }

  private void summary(long start, long lastBatch, BigInteger claimed) {
    long end = firstSeenFinalMillis.getOrDefault(lastBatch, System.currentTimeMillis());
    double seconds = Math.max(1, end - start) / 1000.0;
    long finality = 0;
    int counted = 0;
    for (long[] s : submittedAt) {
      Long f = firstSeenFinalMillis.get(s[0]);
      if (f != null) {
        finality += f - s[1];
        counted++;
      }
    }
    List<BigInteger> gas = l1.gasOfFinalizedBatches();
    int batches = (int) (lastBatch - firstBatch + 1);
    List<BigInteger> ours = gas.subList(Math.max(0, gas.size() - batches), gas.size());
    BigInteger total = ours.stream().reduce(BigInteger.ZERO, BigInteger::add);
    out.println();
    out.println("demo summary");
    out.printf(
        Locale.ROOT,
        "  transactions      %d (3 deposits, %d transfers, 1 withdrawal)%n",
        accepted,
        TRANSFERS);
    out.printf(
        Locale.ROOT, "  batches final     %d (batch size %d)%n", ours.size(), devnet.batchSize());
    out.printf(
        Locale.ROOT,
        "  throughput        %.2f tx/s end to end (first deposit to last final batch)%n",
        accepted / seconds);
    if (counted > 0) {
      out.printf(
          Locale.ROOT,
          "  time to finality  %.1f s on average (REST acceptance to final on L1)%n",
          finality / 1000.0 / counted);
    }
    if (!ours.isEmpty()) {
      out.printf(
          Locale.ROOT, "  gas per batch     %s%n", total.divide(BigInteger.valueOf(ours.size())));
      out.printf(
          Locale.ROOT,
          "  gas per tx        %s%n",
          total.divide(BigInteger.valueOf(Math.max(1, accepted))));
    }
    out.printf(Locale.ROOT, "  withdrawal        claimed on L1, %s wei received%n", claimed);
    out.println("  final root on L1  " + l1.stateRoot());
    out.flush();
  }

  private void say(String line) {
    out.println(line);
    out.flush();
  }
}
