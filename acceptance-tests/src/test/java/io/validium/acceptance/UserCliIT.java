package io.validium.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.CliRun;
import io.validium.cli.client.L1Api;
import io.validium.cli.devnet.Devnet;
import io.validium.core.types.Amount;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

/**
 * The user commands against the devnet, as a user runs them: deposits, a transfer, a withdrawal
 * claimed on L1, a forced withdrawal requested on L1 that pays the balance it found, and last (it
 * freezes the contract) the escape hatch with the operator gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedDevnet.class)
@Order(2)
class UserCliIT {
  /** anvil's development accounts 4 and 5 (public knowledge; 0 operates, 1..3 are EndToEndIT's). */
  private static final String PAYER_KEY =
      "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";

  private static final String LATE_DEPOSITOR_KEY =
      "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba";

  private static final BigInteger MILLI_ETH = BigInteger.TEN.pow(15);

  /** carol's ERC-20 deposit, in the token's smallest unit, and what she sends dave of it. */
  private static final BigInteger TOKEN_DEPOSIT = BigInteger.valueOf(5_000);

  private static final BigInteger TOKEN_SENT = BigInteger.valueOf(1_200);

  private Path dir;
  private Devnet devnet;
  private L1Api l1;
  private Path carol;
  private Path dave;
  private Path password;
  private Path payer;
  private Path lateDepositor;
  private TestToken token;

  @BeforeAll
  void keys(Devnet shared, @TempDir Path tmp) throws Exception {
    // A parameter: a @TempDir field is not yet injected when a per-class @BeforeAll runs.
    dir = tmp;
    devnet = shared;
    l1 = new L1Api(devnet.rpcUrl(), devnet.deployment().chainId(), devnet.deployment().validium());
    password = Files.writeString(dir.resolve("password"), "carol's passphrase\n");
    carol = dir.resolve("carol.json");
    dave = dir.resolve("dave.json");
    assertThat(
            run(
                    "keys",
                    "new",
                    "--account",
                    "101",
                    "--out",
                    carol.toString(),
                    "--password-file",
                    password.toString())
                .exitCode())
        .isZero();
    assertThat(run("keys", "new", "--account", "102", "--out", dave.toString()).exitCode())
        .isZero();
    payer = secret("payer.key", PAYER_KEY);
    lateDepositor = secret("late.key", LATE_DEPOSITOR_KEY);
    token = TestToken.registeredIn(l1);
  }

  @AfterAll
  void closeClient() {
    if (l1 != null) {
      l1.close();
    }
  }

  @Test
  @Order(1)
  void depositsMadeWithTheCliAreCreditedOnL2() {
    CliRun c =
        run(
            "deposit",
            "--key",
            carol.toString(),
            "--l1-key",
            payer.toString(),
            "--amount",
            "1eth",
            "--wait",
            "--devnet",
            runDir());
    CliRun d =
        run(
            "deposit",
            "--key",
            dave.toString(),
            "--l1-key",
            payer.toString(),
            "--amount",
            "500000000000000000",
            "--wait",
            "--devnet",
            runDir());

    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.out()).contains("credited on L2 to account 101");
    assertThat(d.exitCode()).as(d.err()).isZero();
    assertThat(balanceOf(carol)).contains("token 0 1000000000000000000 wei (1 ETH)");
    assertThat(balanceOf(dave)).contains("token 0 500000000000000000 wei (0.5 ETH)");
  }

  @Test
  @Order(2)
  void anErc20DepositMadeWithTheCliIsCreditedOnL2AsThatToken() {
    Credentials payerKey = Credentials.create(PAYER_KEY);
    token.mint(l1, payerKey, TOKEN_DEPOSIT);
    BigInteger locked = token.balanceOf(l1, devnet.deployment().validium());

    CliRun c = carolDeposits(TOKEN_DEPOSIT.toString(), "--token", tokenId(), "--wait");

    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.out()).contains("credited on L2 to account 101");
    assertThat(token.balanceOf(l1, payerKey.getAddress())).isZero();
    assertThat(token.balanceOf(l1, devnet.deployment().validium()))
        .isEqualTo(locked.add(TOKEN_DEPOSIT));
    assertThat(balanceOf(carol))
        .contains("token 0 1000000000000000000 wei")
        .contains("token 1 " + TOKEN_DEPOSIT);
    CliRun unregistered = carolDeposits("1", "--token", "2");
    assertThat(unregistered.exitCode()).isEqualTo(2);
    assertThat(unregistered.err()).contains("token 2 is not registered");
  }

  @Test
  @Order(3)
  void aTransferSignedByTheCliMovesTheFunds() {
    CliRun t = carolSendsDave("0.1eth");

    assertThat(t.exitCode()).as(t.err()).isZero();
    assertThat(t.out()).startsWith("transfer accepted: 0x");
    assertThat(balanceOf(dave)).contains("token 0 600000000000000000 wei");
    CliRun status = run("tx", "status", hashIn(t.out()), "--devnet", runDir());
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out()).contains("type transfer").contains("durable true");
  }

  @Test
  @Order(4)
  void aTransferOfTheErc20MovesOnlyThatToken() {
    CliRun t = carolSendsDave(TOKEN_SENT.toString(), "--token", tokenId());

    assertThat(t.exitCode()).as(t.err()).isZero();
    assertThat(t.out()).startsWith("transfer accepted: 0x");
    assertThat(balanceOf(dave))
        .contains("token 0 600000000000000000 wei")
        .contains("token 1 " + TOKEN_SENT);
    assertThat(balanceOf(carol))
        .contains("token 0 900000000000000000 wei")
        .contains("token 1 " + TOKEN_DEPOSIT.subtract(TOKEN_SENT));
    CliRun tooMuch = carolSendsDave(TOKEN_DEPOSIT.toString(), "--token", tokenId());
    assertThat(tooMuch.exitCode()).isEqualTo(1);
    assertThat(tooMuch.err()).contains("refused by the sequencer");
    assertThat(balanceOf(carol)).contains("token 1 " + TOKEN_DEPOSIT.subtract(TOKEN_SENT));
  }

  @Test
  @Order(5)
  void aWithdrawalIsClaimedOnL1AndTheFundsArriveAtTheRecipient() {
    String recipient = freshAddress("recipient.key");

    CliRun w =
        run(
            "withdraw",
            "--key",
            carol.toString(),
            "--password-file",
            password.toString(),
            "--amount",
            "0.2eth",
            "--recipient",
            recipient,
            "--l1-key",
            payer.toString(),
            "--claim",
            "--devnet",
            runDir());

    assertThat(w.exitCode()).as(w.err()).isZero();
    assertThat(w.out()).contains("claimed 200000000000000000 wei").contains(recipient);
    assertThat(l1.balance(recipient)).isEqualTo(MILLI_ETH.multiply(BigInteger.valueOf(200)));
    CliRun again =
        run("claim", "--tx", hashIn(w.out()), "--l1-key", payer.toString(), "--devnet", runDir());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("was already claimed");
    // The claim proves L1 finality; the sequencer hears of it a moment later from the lifecycle
    // topic, so its view is polled rather than read once.
    String number = batchIn(w.out());
    Await.until(
        devnet,
        "batch " + number + " reported finalized by the sequencer",
        () -> {
          CliRun batch = run("batch", "status", number, "--devnet", runDir());
          return batch.out().contains(" finalized") ? Optional.of(batch) : Optional.empty();
        });
  }

  @Test
  @Order(6)
  void aForcedWithdrawalRequestedWithTheCliPaysWhatTheBalanceHeldOnceClaimed() {
    // dave holds 0.6 ETH (0.5 deposited, 0.1 from carol) and asks for 1 ETH on L1.
    String recipient = freshAddress("forced-recipient.key");

    CliRun f =
        run(
            "force-withdraw",
            "--key",
            dave.toString(),
            "--amount",
            "1eth",
            "--recipient",
            recipient,
            "--l1-key",
            payer.toString(),
            "--devnet",
            runDir());

    assertThat(f.exitCode()).as(f.err()).isZero();
    assertThat(f.out()).contains("forced withdrawal of up to 1000000000000000000 of token 0");
    long entry = Long.parseLong(match("queued as priority entry (\\d+)", f.out()));
    Await.until(
        devnet,
        "priority entry " + entry + " consumed by a final batch",
        () -> l1.processedDeposits() > entry ? Optional.of(true) : Optional.empty());
    String l2Hash = match("L2 transaction (0x[0-9a-f]{64})", f.out());
    CliRun status = run("tx", "status", l2Hash, "--devnet", runDir());
    assertThat(status.out()).contains("type forcedWithdrawal").contains("paid 600000000000000000");

    CliRun claim =
        run("claim", "--tx", l2Hash, "--wait", "--l1-key", payer.toString(), "--devnet", runDir());

    assertThat(claim.exitCode()).as(claim.err()).isZero();
    assertThat(claim.out()).contains("claimed 600000000000000000 wei").contains(recipient);
    Amount paid = Amount.of(MILLI_ETH.multiply(BigInteger.valueOf(600)));
    assertThat(l1.balance(recipient)).isEqualTo(paid.toBigInteger());
    assertThat(balanceOf(dave)).doesNotContain("token 0 600000000000000000");
    CliRun again = run("claim", "--tx", l2Hash, "--l1-key", payer.toString(), "--devnet", runDir());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("was already claimed");
  }

  @Test
  @Order(7)
  void withTheOperatorGoneAnOverdueDepositFreezesTheContractAndUsersExitWithADacProof()
      throws Exception {
    CliRun early =
        run(
            "exit",
            "--key",
            carol.toString(),
            "--password-file",
            password.toString(),
            "--l1-key",
            payer.toString(),
            "--devnet",
            runDir());
    assertThat(early.exitCode()).isEqualTo(1);
    assertThat(early.err()).contains("is not frozen");

    devnet.stop("sequencer");
    Path late = dir.resolve("late.json");
    run("keys", "new", "--account", "103", "--out", late.toString());
    CliRun pending =
        run(
            "deposit",
            "--key",
            late.toString(),
            "--l1-key",
            lateDepositor.toString(),
            "--amount",
            "0.05eth",
            "--devnet",
            runDir());
    assertThat(pending.exitCode()).as(pending.err()).isZero();
    CliRun tooEarly = run("freeze", "--l1-key", payer.toString(), "--devnet", runDir());
    assertThat(tooEarly.exitCode()).isEqualTo(1);
    assertThat(tooEarly.err()).contains("cannot be frozen yet");

    long deadline = Long.parseLong(match("deadline block (\\d+)", pending.out()));
    long queuedIn = Long.parseLong(match("\\(block (\\d+)", pending.out()));
    assertThat(deadline - queuedIn).isEqualTo(DevnetFixture.DEPOSIT_DEADLINE_BLOCKS);
    // anvil also mines a block a second, so on a slow run the deadline may already be near.
    mine(Math.max(1, deadline - l1.blockNumber() + 1));
    CliRun freeze = run("freeze", "--l1-key", payer.toString(), "--devnet", runDir());
    assertThat(freeze.exitCode()).as(freeze.err()).isZero();
    assertThat(l1.frozen()).isTrue();

    // carol: 1 ETH deposited, 0.1 sent to dave, 0.2 withdrawn; the sequencer is gone, the DAC
    // members serve the proof.
    String recipient = freshAddress("exit-recipient.key");
    CliRun exit = exitCarolTo(recipient);
    assertThat(exit.exitCode()).as(exit.err()).isZero();
    assertThat(l1.balance(recipient)).isEqualTo(MILLI_ETH.multiply(BigInteger.valueOf(700)));

    CliRun second = exitCarolTo(recipient);
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.err()).contains("has already exited token 0");
    assertThat(l1.balance(recipient)).isEqualTo(MILLI_ETH.multiply(BigInteger.valueOf(700)));

    // Her ERC-20 balance exits separately, paid in the token: 5000 deposited, 1200 sent to dave.
    BigInteger kept = TOKEN_DEPOSIT.subtract(TOKEN_SENT);
    BigInteger lockedBefore = token.balanceOf(l1, devnet.deployment().validium());
    CliRun tokenExit = exitCarolTo(recipient, "--token", tokenId());
    assertThat(tokenExit.exitCode()).as(tokenExit.err()).isZero();
    assertThat(tokenExit.out()).contains("exited " + kept + " of token 1 from account 101");
    assertThat(token.balanceOf(l1, recipient)).isEqualTo(kept);
    assertThat(token.balanceOf(l1, devnet.deployment().validium()))
        .isEqualTo(lockedBefore.subtract(kept));
    assertThat(l1.balance(recipient)).isEqualTo(MILLI_ETH.multiply(BigInteger.valueOf(700)));
    CliRun tokenAgain = exitCarolTo(recipient, "--token", tokenId());
    assertThat(tokenAgain.exitCode()).isEqualTo(1);
    assertThat(tokenAgain.err()).contains("has already exited token 1");
    assertThat(token.balanceOf(l1, recipient)).isEqualTo(kept);
  }

  /** carol's deposit of {@code amount} on L1, the payer paying, of ETH unless told. */
  private CliRun carolDeposits(String amount, String... options) {
    return withOptions(
        options,
        "deposit",
        "--key",
        carol.toString(),
        "--l1-key",
        payer.toString(),
        "--amount",
        amount,
        "--devnet",
        runDir());
  }

  /** carol's transfer of {@code amount} to dave (account 102), of ETH unless told. */
  private CliRun carolSendsDave(String amount, String... tokenOption) {
    return withOptions(
        tokenOption,
        "transfer",
        "--key",
        carol.toString(),
        "--password-file",
        password.toString(),
        "--to",
        "102",
        "--amount",
        amount,
        "--devnet",
        runDir());
  }

  /** carol exits her whole balance of a token (ETH unless told) to {@code recipient}. */
  private CliRun exitCarolTo(String recipient, String... tokenOption) {
    return withOptions(
        tokenOption,
        "exit",
        "--key",
        carol.toString(),
        "--password-file",
        password.toString(),
        "--l1-key",
        payer.toString(),
        "--recipient",
        recipient,
        "--devnet",
        runDir());
  }

  private CliRun withOptions(String[] extra, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(extra));
    return run(all.toArray(String[]::new));
  }

  private static String tokenId() {
    return Integer.toString(TestToken.ID.value());
  }

  /** The command as a user types it, with what it printed echoed to the test's log. */
  private CliRun run(String... args) {
    CliRun r = CliRun.of(args);
    System.out.println(
        "[validium "
            + String.join(" ", args)
            + "] exit "
            + r.exitCode()
            + "\n"
            + r.out()
            + r.err());
    return r;
  }

  private String runDir() {
    return devnet.folder().root().toString();
  }

  private String balanceOf(Path key) {
    CliRun b = run("balance", "--key", key.toString(), "--devnet", runDir());
    assertThat(b.exitCode()).as(b.err()).isZero();
    return b.out();
  }

  private Path secret(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content + "\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    return f;
  }

  /** An L1 address no one has used (a new key made with the CLI), so its balance starts at 0. */
  private String freshAddress(String name) {
    CliRun k = run("keys", "new", "--l1", "--out", dir.resolve(name).toString());
    return match("L1 address (0x[0-9a-f]{40})", k.out());
  }

  private static String hashIn(String out) {
    return match("(0x[0-9a-f]{64}) in batch", out);
  }

  private static String batchIn(String out) {
    return match("in batch (\\d+)", out);
  }

  private static String match(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in %s", regex, text).isTrue();
    return m.group(1);
  }

  /** anvil_mine: {@code blocks} blocks at once, so a deposit deadline passes in a moment. */
  private void mine(long blocks) throws Exception {
    List<String> params = new ArrayList<>(List.of("\"0x" + Long.toHexString(blocks) + "\""));
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"anvil_mine\",\"params\":" + params + "}";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(devnet.rpcUrl().toString()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.body()).doesNotContain("\"error\"");
  }
}
