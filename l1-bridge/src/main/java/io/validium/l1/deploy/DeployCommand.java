package io.validium.l1.deploy;

import io.validium.da.committee.SigningKeys;
import io.validium.l1.eth.EthClient;
import io.validium.l1.eth.RpcException;
import io.validium.l1.solc.CompiledContracts;
import io.validium.l1.solc.ContractBundle;
import io.validium.l1.solc.SolcException;
import io.validium.l1.solc.SolcLocator;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.web3j.crypto.Credentials;

/**
 * {@code deploy}: exports the batch verifier from a snarkjs verifying key, compiles the contracts
 * with the pinned solc, deploys them with a signing key and writes deployment.json. Exit 0 on
 * success, 2 on a bad argument (or input file), 1 when the chain or the compiler fails.
 */
public final class DeployCommand {

  /** The batch circuit's public inputs (protocol.md 8.5). */
  static final int PUBLIC_INPUTS = 4;

  private static final long MAX_VK_BYTES = 1 << 20;

  private final PrintStream out;
  private final PrintStream err;

  public DeployCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs with the arguments after {@code deploy}; returns the exit code. */
  public int run(List<String> args) {
    DeployArguments a;
    Credentials key;
    VerifyingKey vk;
    try {
      a = DeployArguments.parse(args);
      key = credentials(a.key());
      vk = verifyingKey(a);
    } catch (DeployArguments.UsageException e) {
      err.println("deploy: " + e.getMessage());
      return 2;
    }
    try (EthClient eth = new EthClient(a.rpcUrl())) {
      long chainId = eth.chainId();
      out.println("deploy: compiling the contracts with " + "solc-js (this takes a while)");
      CompiledContracts compiled = compile(a, vk);
      SignedCreator creator = new SignedCreator(eth, key, chainId);
      ContractDeployer.Deployed d =
          ContractDeployer.deploy(
              creator,
              compiled,
              compiled.contract(ContractDeployer.VERIFIER_CONTRACT).bytecode(),
              new ContractDeployer.Parameters(
                  a.committee(),
                  a.threshold(),
                  a.depositDeadlineBlocks(),
                  a.upgradeDelayBlocks(),
                  a.balanceDepth(),
                  // Immutable in the contract: the deployment decides once (ADR 0044).
                  a.forcedWithdrawals()));
      DeploymentFile file =
          new DeploymentFile(
              io.validium.core.types.ChainId.of(chainId),
              d.validium(),
              d.daVerifier(),
              d.proofVerifier(),
              creator.lastBlock(),
              d.owner(),
              a.batchSize(),
              a.balanceDepth());
      file.write(a.out());
      out.println(
          "deploy: Validium at "
              + d.validium()
              + (a.forcedWithdrawals() ? "" : " (forced withdrawals closed)")
              + ", written to "
              + a.out());
      return 0;
    } catch (RpcException | SolcException | DeployException e) {
      err.println("deploy: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("deploy: cannot write " + a.out() + ": " + e.getMessage());
      return 1;
    }
  }

  private static CompiledContracts compile(DeployArguments a, VerifyingKey vk) {
    Map<String, String> sources = new TreeMap<>(ContractBundle.sources());
    sources.putAll(ContractDeployer.verifierSource(vk));
    return ContractBundle.compile(SolcLocator.locate(a.solcJs()), sources);
  }

  private static Credentials credentials(DeployArguments.KeySource source) {
    try {
      if (source instanceof DeployArguments.KeySource.Keystore k) {
        return Credentials.create(SigningKeys.fromKeystore(k.file(), k.passwordFile()));
      }
      DeployArguments.KeySource.PrivateKeyFile f =
          (DeployArguments.KeySource.PrivateKeyFile) source;
      return Credentials.create(SigningKeys.fromRawKeyFile(f.file()));
    } catch (SigningKeys.KeyLoadException e) {
      throw new DeployArguments.UsageException(e.getMessage());
    }
  }

  private static VerifyingKey verifyingKey(DeployArguments a) {
    try {
      if (Files.size(a.verifyingKey()) > MAX_VK_BYTES) {
        throw new DeployArguments.UsageException(
            "--verifying-key " + a.verifyingKey() + " is larger than 1 MiB");
      }
      VerifyingKey vk =
          SnarkjsJson.readVerifyingKey(Files.readString(a.verifyingKey(), StandardCharsets.UTF_8));
      if (vk.publicInputCount() != PUBLIC_INPUTS) {
        throw new DeployArguments.UsageException(
            "--verifying-key has "
                + vk.publicInputCount()
                + " public inputs, the batch circuit has "
                + PUBLIC_INPUTS);
      }
      return vk;
    } catch (IOException | RuntimeException e) {
      if (e instanceof DeployArguments.UsageException u) {
        throw u;
      }
      throw new DeployArguments.UsageException(
          "--verifying-key "
              + a.verifyingKey()
              + " is not a snarkjs Groth16 key: "
              + e.getMessage());
    }
  }
}
