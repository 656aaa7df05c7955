package io.validium.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user command refuses garbage with one sentence and exit code 2, before any network. */
class UserArgumentsTest {
  /** Nothing listens on port 1: a command that got past its checks fails to connect. */
  private static final String NOWHERE = "http://127.0.0.1:1";

  @TempDir static Path dir;
  private static Path key;
  private static Path l1Key;
  private static Path deployment;

  @BeforeAll
  static void keys() throws Exception {
    key = dir.resolve("alice.json");
    CliRun.of("keys", "new", "--account", "5", "--out", key.toString());
    l1Key = dir.resolve("l1.key");
    CliRun.of("keys", "new", "--l1", "--out", l1Key.toString());
    deployment = dir.resolve("deployment.json");
    String a = "\"0x5fbdb2315678afecb367f032d93f642f64180aa3\"";
    Files.writeString(
        deployment,
        "{\"chainId\":\"31337\",\"validium\":"
            + a
            + ",\"daVerifier\":"
            + a
            + ",\"proofVerifier\":"
            + a
            + ",\"deployedAtBlock\":\"1\"}");
  }

  private CliRun run(String... args) {
    return CliRun.of(args);
  }

  private void refused(String expected, String... args) {
    CliRun r = run(args);
    assertThat(r.exitCode()).as("%s: %s", String.join(" ", args), r.err()).isEqualTo(2);
    assertThat(r.err()).as(String.join(" ", args)).contains(expected);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private String[] transfer(String amount, String to) {
    return new String[] {
      "transfer",
      "--key",
      key.toString(),
      "--to",
      to,
      "--amount",
      amount,
      "--sequencer",
      NOWHERE,
      "--deployment",
      deployment.toString()
    };
  }

  @Test
  void refusesAmountsThatAreNotPositiveWholeUnitsBelow2To96() {
    refused("--amount must be at least 1", transfer("0", "6"));
    refused("--amount must be at least 1", transfer("0eth", "6"));
    refused("is more than 2^96 - 1", transfer("79228162514264337593543950336", "6"));
    refused("is neither a whole number", transfer("-5", "6"));
    refused("is neither a whole number", transfer("1.5", "6"));
    refused("is neither a whole number", transfer("0x10", "6"));
    refused("is neither a whole number", transfer("1e18", "6"));
    refused("is neither a whole number", transfer("0.0000000000000000001eth", "6"));
  }

  @Test
  void takesEtherAmountsOnlyForEth() {
    String[] args = transfer("0.5eth", "6");
    String[] withToken = java.util.Arrays.copyOf(args, args.length + 2);
    withToken[args.length] = "--token";
    withToken[args.length + 1] = "1";
    refused("--amount in eth is only for ETH", withToken);
  }

  @Test
  void refusesTokenIdsOutsideTheBalanceTree() {
    String[] args = transfer("1", "6");
    String[] bad = java.util.Arrays.copyOf(args, args.length + 2);
    bad[args.length] = "--token";
    bad[args.length + 1] = "16";
    refused("--token 16 is not a token id", bad);
  }

  @Test
  void refusesRecipientAccountsOutsideTheTreeAndItsOwnAccount() {
    refused("--to 16777216 is not an account id", transfer("1", "16777216"));
    refused("--to -1 is not an account id", transfer("1", "-1"));
    CliRun self = run(transfer("1", "5"));
    assertThat(self.exitCode()).isEqualTo(1);
    assertThat(self.err()).contains("is the key's own account");
  }

  @Test
  void refusesMalformedAddressesAndHashes() {
    String[] w = {
      "withdraw",
      "--key",
      key.toString(),
      "--amount",
      "1",
      "--sequencer",
      NOWHERE,
      "--deployment",
      deployment.toString(),
      "--recipient"
    };
    refused("is not an address (0x and 40 hex digits)", with(w, "0x1234"));
    refused("is not an address", with(w, "f39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
    refused("fails its EIP-55 checksum", with(w, "0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    refused("is not a transaction hash", "tx", "status", "0xabc", "--sequencer", NOWHERE);
    refused("is not a transaction hash", "claim", "--tx", "hello", "--l1-key", l1Key.toString());
  }

  @Test
  void refusesNegativeBatchNumbersAndBadTimeouts() {
    refused("batch number -1 is negative", "batch", "status", "--sequencer", NOWHERE, "--", "-1");
    refused(
        "--timeout 0 is not from 1 to 86400 seconds",
        "deposit",
        "--key",
        key.toString(),
        "--l1-key",
        l1Key.toString(),
        "--amount",
        "1",
        "--timeout",
        "0");
  }

  @Test
  void refusesUrlsThatAreNotHttp() {
    refused(
        "--sequencer \"ftp://x\" is not an http(s) URL",
        "balance",
        "--account",
        "1",
        "--sequencer",
        "ftp://x");
    refused("is not a URL", "balance", "--account", "1", "--sequencer", "http://a b");
  }

  @Test
  void saysWhereToFindTheServicesWhenNoDevnetFolderNamesThem() {
    refused(
        "no sequencer REST URL: give --sequencer URL or --devnet DIR",
        "balance",
        "--account",
        "1",
        "--devnet",
        dir.resolve("none").toString());
    refused(
        "no deployment: give --deployment FILE or --devnet DIR", transferWithout("--deployment"));
  }

  @Test
  void refusesDacUrlsThatAreNotHttp() {
    refused(
        "--dac \"nope\" is not an http(s) URL",
        "exit",
        "--key",
        key.toString(),
        "--l1-key",
        l1Key.toString(),
        "--dac",
        "http://127.0.0.1:1,nope",
        "--rpc",
        NOWHERE,
        "--deployment",
        deployment.toString());
  }

  @Test
  void takesTheSequencerUrlFromADevnetRunFolder() throws Exception {
    Path run = Files.createDirectories(dir.resolve("run"));
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Files.writeString(run.resolve("ports.properties"), "sequencer=" + port + "\n");

    refused(
        "the sequencer at http://127.0.0.1:" + port + " does not answer",
        "balance",
        "--account",
        "1",
        "--devnet",
        run.toString());
  }

  @Test
  void saysInOneSentenceThatTheSequencerDoesNotAnswer() {
    refused(
        "the sequencer at http://127.0.0.1:1 does not answer",
        "balance",
        "--account",
        "1",
        "--sequencer",
        NOWHERE);
  }

  @Test
  void needsAnL1KeyToPayForL1Calls() {
    refused(
        "--l1-key FILE is needed to pay the freeze on L1",
        "freeze",
        "--rpc",
        NOWHERE,
        "--deployment",
        deployment.toString());
    refused(
        "give --recipient ADDRESS or --l1-key FILE",
        "withdraw",
        "--key",
        key.toString(),
        "--amount",
        "1",
        "--sequencer",
        NOWHERE);
  }

  @Test
  void refusesL1KeyFilesThatHoldNoKey() throws Exception {
    Path zero = dir.resolve("zero.key");
    Files.writeString(zero, "0x" + "0".repeat(64));
    Files.setPosixFilePermissions(
        zero, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    Path text = dir.resolve("text.key");
    Files.writeString(text, "hunter2");
    refused(
        "holds no valid secp256k1 private key",
        "freeze",
        "--l1-key",
        zero.toString(),
        "--rpc",
        NOWHERE,
        "--deployment",
        deployment.toString());
    refused(
        "is neither a V3 keystore (JSON) nor a hex private key",
        "freeze",
        "--l1-key",
        text.toString(),
        "--rpc",
        NOWHERE,
        "--deployment",
        deployment.toString());
  }

  private String[] forceWithdraw(String amount, String... more) {
    String[] base = {
      "force-withdraw",
      "--key",
      key.toString(),
      "--l1-key",
      l1Key.toString(),
      "--amount",
      amount,
      "--rpc",
      NOWHERE,
      "--deployment",
      deployment.toString()
    };
    String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void forceWithdrawRefusesEveryBadArgumentBeforeAnyNetwork() {
    refused("--amount must be at least 1", forceWithdraw("0"));
    refused("--amount must be at least 1", forceWithdraw("0eth"));
    refused("is more than 2^96 - 1", forceWithdraw("79228162514264337593543950336"));
    refused("is neither a whole number", forceWithdraw("-1"));
    refused("is neither a whole number", forceWithdraw("ten"));
    refused("--amount in eth is only for ETH", forceWithdraw("1eth", "--token", "3"));
    refused("--token 16 is not a token id", forceWithdraw("1", "--token", "16"));
    refused("--token -1 is not a token id", forceWithdraw("1", "--token", "-1"));
    refused("is not an address (0x and 40 hex digits)", forceWithdraw("1", "--recipient", "0x12"));
    refused(
        "fails its EIP-55 checksum",
        forceWithdraw("1", "--recipient", "0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    refused(
        "--recipient must not be the zero address",
        forceWithdraw("1", "--recipient", "0x" + "0".repeat(40)));
    refused(
        "--l1-key FILE is needed to pay the request on L1",
        "force-withdraw",
        "--key",
        key.toString(),
        "--amount",
        "1",
        "--rpc",
        NOWHERE,
        "--deployment",
        deployment.toString());
    refused("--key", "force-withdraw", "--l1-key", l1Key.toString(), "--amount", "1");
    refused("--amount", "force-withdraw", "--key", key.toString(), "--l1-key", l1Key.toString());
    refused(
        dir.resolve("missing.json") + ": no such file",
        "force-withdraw",
        "--key",
        dir.resolve("missing.json").toString(),
        "--l1-key",
        l1Key.toString(),
        "--amount",
        "1");
  }

  @Test
  void forceWithdrawSaysInOneSentenceThatL1DoesNotAnswer() {
    refused("the L1 node does not answer", forceWithdraw("1"));
  }

  private String[] transferWithout(String option) {
    String[] t = {
      "transfer",
      "--key",
      key.toString(),
      "--to",
      "6",
      "--amount",
      "1",
      "--sequencer",
      NOWHERE,
      "--devnet",
      dir.resolve("none").toString()
    };
    return t;
  }

  private static String[] with(String[] args, String last) {
    String[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = last;
    return out;
  }
}
