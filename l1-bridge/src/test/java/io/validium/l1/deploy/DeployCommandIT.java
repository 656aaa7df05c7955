package io.validium.l1.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.types.Address;
import io.validium.l1.contracts.DevelopmentBatchProver;
import io.validium.l1.testing.AnvilNode;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.testing.evm.EthRpc;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

/**
 * The deploy command against a real anvil: the packaged jar as the devnet runs it (forced
 * withdrawals open by default), a keystore (and forced withdrawals closed on request).
 */
class DeployCommandIT {

  /** anvil's first dev account (its well-known mnemonic's key 0). */
  static final String DEV_KEY =
      "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  static final String DEV_ACCOUNT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

  static final List<String> COMMITTEE =
      List.of(
          "0x3333333333333333333333333333333333333333",
          "0x1111111111111111111111111111111111111111",
          "0x2222222222222222222222222222222222222222");

  static AnvilNode anvil;
  static Path vk;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    anvil = AnvilNode.start(0);
    vk = dir.resolve("vk.json");
    Files.writeString(
        vk, SnarkjsJson.writeVerifyingKey(new DevelopmentBatchProver().verifyingKey()));
  }

  @AfterAll
  static void stop() {
    if (anvil != null) {
      anvil.close();
    }
  }

  @Test
  void thePackagedJarDeploysTheContractsOpenToForcedWithdrawalsAndWritesTheDeploymentFile()
      throws Exception {
    Path key = dir.resolve("dev.key");
    Files.writeString(key, DEV_KEY + "\n");
    Path out = dir.resolve("jar/deployment.json");
    Path jar = moduleDir().resolve("target/quarkus-app/quarkus-run.jar");
    List<String> command = new ArrayList<>();
    command.addAll(List.of(javaBinary(), "-jar", jar.toString(), "deploy", "--rpc-url", rpcUrl()));
    command.addAll(
        List.of(
            "--private-key-file", key.toString(),
            "--verifying-key", vk.toString(),
            "--committee", String.join(",", COMMITTEE),
            "--threshold", "2",
            "--out", out.toString(),
            "--deposit-deadline-blocks", "50"));
    Path log = dir.resolve("deploy.log");
    Process p =
        new ProcessBuilder(command)
            .directory(moduleDir().getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();

    DeploymentFile d = DeploymentFile.read(out);
    assertThat(d.chainId().value()).isEqualTo(31337);
    assertThat(d.owner()).isEqualTo(Address.parse(DEV_ACCOUNT));
    assertThat(d.batchSize()).isEqualTo(1);
    assertThat(d.balanceDepth()).isEqualTo(4);
    assertThat(d.deployedAtBlock()).isEqualTo(blockNumber());
    assertDeployedAsDescribed(d);
    assertThat(word(d.validium(), "forcedWithdrawalsEnabled")).as("the default").isOne();
    // Every value is a JSON string, as the devnet scripts read them.
    assertThat(Files.readString(out)).contains("\"chainId\" : \"31337\"", "\"batchSize\" : \"1\"");
  }

  @Test
  void deploysFromAV3KeystoreWhoseAccountOwnsTheContractsClosedToForcedWithdrawalsIfAsked()
      throws Exception {
    ECKeyPair pair = Keys.createEcKeyPair();
    Path keys = Files.createDirectories(dir.resolve("keystore"));
    String file = WalletUtils.generateWalletFile("correct horse", pair, keys.toFile(), false);
    Path password = dir.resolve("password.txt");
    Files.writeString(password, "correct horse\n");
    String owner = "0x" + Keys.getAddress(pair);
    rpc().call("anvil_setBalance", text(owner), text("0x" + BigInteger.TEN.pow(20).toString(16)));
    Path out = dir.resolve("keystore-deployment.json");

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new DeployCommand(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(
                List.of(
                    "--rpc-url=" + rpcUrl(),
                    "--key-file",
                    keys.resolve(file).toString(),
                    "--key-password-file",
                    password.toString(),
                    "--verifying-key",
                    vk.toString(),
                    "--committee",
                    COMMITTEE.get(0),
                    "--threshold",
                    "1",
                    "--forced-withdrawals",
                    "false",
                    "--out",
                    out.toString()));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    DeploymentFile d = DeploymentFile.read(out);
    assertThat(d.owner()).isEqualTo(Address.parse(owner));
    assertDeployedAsDescribed(d);
    assertThat(word(d.validium(), "forcedWithdrawalsEnabled")).as("closed as asked").isZero();
  }

  @Test
  void aNodeThatIsNotThereFailsWithExitOneAndASentence() throws Exception {
    Path key = dir.resolve("dev2.key");
    Files.writeString(key, DEV_KEY);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new DeployCommand(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(
                List.of(
                    "--rpc-url", "http://127.0.0.1:1",
                    "--private-key-file", key.toString(),
                    "--verifying-key", vk.toString(),
                    "--committee", COMMITTEE.get(0),
                    "--threshold", "1",
                    "--out", dir.resolve("never.json").toString()));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("deploy: eth_chainId");
    assertThat(dir.resolve("never.json")).doesNotExist();
  }

  private void assertDeployedAsDescribed(DeploymentFile d) {
    Address validium = d.validium();
    assertThat(word(validium, "nextBatchNumber")).isZero();
    assertThat(word(validium, "stateRoot")).isEqualTo(ContractDeployer.genesisRoot(4));
    assertThat(word(validium, "daVerifier")).isEqualTo(d.daVerifier().toBigInteger());
    assertThat(word(validium, "proofVerifier")).isEqualTo(d.proofVerifier().toBigInteger());
    assertThat(word(validium, "owner")).isEqualTo(d.owner().toBigInteger());
    assertThat(word(d.daVerifier(), "currentEpoch")).isZero();
    byte[] isMember =
        Numeric.hexStringToByteArray(
            FunctionEncoder.encode(
                new Function(
                    "isMember",
                    List.of(new Uint64(0), new org.web3j.abi.datatypes.Address(COMMITTEE.get(0))),
                    List.of())));
    assertThat(new BigInteger(1, rpc().ethCall(d.daVerifier().toString(), isMember)))
        .isEqualTo(BigInteger.ONE);
  }

  private static BigInteger word(Address contract, String getter) {
    byte[] call =
        Numeric.hexStringToByteArray(
            FunctionEncoder.encode(new Function(getter, List.of(), List.of())));
    return new BigInteger(1, rpc().ethCall(contract.toString(), call));
  }

  private static long blockNumber() {
    return Long.decode(rpc().call("eth_blockNumber").asText());
  }

  private static EthRpc rpc() {
    return anvil.rpc();
  }

  private static String rpcUrl() {
    return anvil.url();
  }

  private static com.fasterxml.jackson.databind.JsonNode text(String s) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(s);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("contracts")) ? here : here.resolve("l1-bridge");
  }
}
