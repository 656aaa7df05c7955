package io.validium.cli.devnet;

import io.validium.cli.client.Deployment;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Deploys the L1 contracts (Validium, committee verifier, Groth16 verifier) for the devnet. */
@FunctionalInterface
public interface DeployStep {
  /** Deploys and writes the deployment file {@code out}. */
  Deployment deploy(Request request, Launcher launcher);

  /** What a deployment needs. */
  record Request(
      URI rpcUrl,
      Path operatorKeyFile,
      DevKey key,
      List<String> committee,
      int threshold,
      int batchSize,
      long depositDeadlineBlocks,
      Path out) {}
}
