package io.validium.cli.devnet;

import io.validium.cli.client.Deployment;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Deploys with {@code l1-bridge deploy}, the packaged l1-bridge's deployment command. */
public final class L1BridgeDeployStep implements DeployStep {
  @Override
  public Deployment deploy(Request r, Launcher launcher) {
    ChildProcess deploy =
        launcher.jar(
            "deploy",
            ServiceBuild.jar(launcher.repo(), "l1-bridge"),
            List.of("-Xmx512m"),
            Map.of("quarkus.devservices.enabled", "false"),
            List.of(
                "deploy",
                "--rpc-url",
                r.rpcUrl().toString(),
                "--private-key-file",
                r.operatorKeyFile().toString(),
                "--verifying-key",
                r.key().verifyingKey().toString(),
                "--committee",
                String.join(",", r.committee()),
                "--threshold",
                Integer.toString(r.threshold()),
                "--batch-size",
                Integer.toString(r.batchSize()),
                "--deposit-deadline-blocks",
                Long.toString(r.depositDeadlineBlocks()),
                // Said even though it is the default: the devnet runs the whole forced-withdrawal
                // path (protocol.md 17), and a default that changed would close it silently.
                "--forced-withdrawals",
                "true",
                "--solc-js",
                launcher.repo().resolve("tools/evm/node_modules/solc/solc.js").toString(),
                "--out",
                r.out().toString()));
    Launcher.runToCompletion(deploy, Duration.ofMinutes(5));
    return Deployment.read(r.out());
  }
}
