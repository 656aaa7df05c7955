package io.validium.acceptance;

import io.validium.cli.client.Deployment;
import io.validium.cli.client.L1Api;
import io.validium.cli.devnet.DeployStep;
import io.validium.cli.devnet.L1BridgeDeployStep;
import io.validium.cli.devnet.Launcher;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * The devnet's deployment plus an ERC-20 registered as token {@link #TOKEN_ID}: deployed from the
 * operator (the contract's owner) before l1-bridge starts, so the two never race for its nonce.
 */
final class TestTokenDeployStep implements DeployStep {
  /** The id the test token is registered under. */
  static final int TOKEN_ID = 1;

  private final DeployStep contracts = new L1BridgeDeployStep();

  @Override
  public Deployment deploy(Request r, Launcher launcher) {
    Deployment d = contracts.deploy(r, launcher);
    try {
      Credentials owner =
          Credentials.create(Files.readString(r.operatorKeyFile()).strip().replaceFirst("^0x", ""));
      String token = create(r, d.chainId(), owner, compile(launcher));
      try (L1Api l1 = new L1Api(r.rpcUrl(), d.chainId(), d.validium())) {
        l1.transact(
            owner,
            new Function(
                "registerToken", List.of(new Uint16(TOKEN_ID), new Address(token)), List.of()));
      }
      return d;
    } catch (IOException e) {
      throw new IllegalStateException("could not deploy the test token: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while compiling the test token", e);
    }
  }

  /**
   * The creation code of l1-bridge's test token (anyone may mint; the contract tests use it too),
   * compiled by the solc-js the devnet installed in tools/evm.
   */
  private static String compile(Launcher launcher) throws IOException, InterruptedException {
    Path source = launcher.repo().resolve("l1-bridge/src/test/solidity/TestTokens.sol");
    Path out = Files.createTempDirectory(launcher.folder().root(), "token-build");
    Process p =
        new ProcessBuilder(
                "node",
                launcher.repo().resolve("tools/evm/node_modules/solc/solc.js").toString(),
                "--bin",
                "--base-path",
                source.getParent().toString(),
                "-o",
                out.toString(),
                source.getFileName().toString())
            .directory(source.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("solc.log").toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("solc-js failed: " + Files.readString(out.resolve("solc.log")));
    }
    try (Stream<Path> files = Files.list(out)) {
      Path bin =
          files
              .filter(f -> f.getFileName().toString().endsWith("_TestToken.bin"))
              .findFirst()
              .orElseThrow(() -> new IOException("solc-js wrote no TestToken.bin in " + out));
      return "0x" + Files.readString(bin).strip();
    }
  }

  private static String create(Request r, long chainId, Credentials owner, String code)
      throws IOException {
    Web3j web3 = Web3j.build(new HttpService(r.rpcUrl().toString()));
    try {
      PollingTransactionReceiptProcessor receipts =
          new PollingTransactionReceiptProcessor(web3, 250, 240);
      var sent =
          new RawTransactionManager(web3, owner, chainId, receipts)
              .sendTransaction(
                  web3.ethGasPrice().send().getGasPrice().multiply(BigInteger.TWO),
                  BigInteger.valueOf(1_000_000),
                  null,
                  code,
                  BigInteger.ZERO,
                  true);
      if (sent.hasError()) {
        throw new IOException("the token's creation was refused: " + sent.getError().getMessage());
      }
      TransactionReceipt receipt = receipts.waitForTransactionReceipt(sent.getTransactionHash());
      if (!receipt.isStatusOK() || receipt.getContractAddress() == null) {
        throw new IOException("the token's creation reverted: " + receipt.getTransactionHash());
      }
      return receipt.getContractAddress();
    } catch (org.web3j.protocol.exceptions.TransactionException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      web3.shutdown();
    }
  }
}
