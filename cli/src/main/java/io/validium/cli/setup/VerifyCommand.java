package io.validium.cli.setup;

import io.validium.circuit.keys.VerifyingKeyDigest;
import io.validium.zk.groth16.Phase2Verification;
import io.validium.zk.groth16.Phase2Verification.CheckedContribution;
import io.validium.zk.groth16.Phase2Verifier;
import io.validium.zk.groth16.ProvingKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validium setup verify}: whether a ceremony key belongs to a circuit and a powers-of-tau
 * file, and whether its contributions chain; lists each contribution's hash for its contributor to
 * find.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Check a phase-2 key against its circuit and powers-of-tau file and check every"
            + " contribution. Exit code 0: valid with at least one contribution, 1: refused,"
            + " 2: bad input.")
public final class VerifyCommand implements Callable<Integer> {
  static final int REFUSED = 1;

  @Spec CommandSpec spec;

  @Option(names = "--zkey", required = true, description = "the key to check (.zkey)")
  Path zkey;

  @Option(
      names = "--ptau",
      required = true,
      description = "the powers-of-tau file the ceremony started from")
  Path ptau;

  @Mixin CircuitChoice circuit;

  @Override
  public Integer call() {
    CeremonyCircuit c = circuit.resolve();
    ProvingKey key = KeyFiles.readZkey(zkey);
    ProvingKey initial = Phase2Start.initialKey(c, ptau);
    Phase2Verification v = Phase2Verifier.verify(initial, key);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("circuit hash:");
    stdout.println(Hashes.snarkjsLayout(initial.transcript().circuitHash()));
    for (CheckedContribution k : v.contributions()) {
      stdout.println(
          "contribution "
              + k.position()
              + (k.beacon() ? " (random beacon)" : "")
              + " '"
              + k.name()
              + "':");
      stdout.println(Hashes.snarkjsLayout(k.hash()));
    }
    if (v.failure().isPresent()) {
      stdout.println(
          "REFUSED ("
              + v.failure().get().reason()
              + "): "
              + zkey
              + ": "
              + v.failure().get().detail());
      return REFUSED;
    }
    if (v.contributions().isEmpty()) {
      stdout.println(
          "REFUSED: "
              + zkey
              + " is the initial key of "
              + c.description()
              + " with no contribution; it is not secure");
      return REFUSED;
    }
    stdout.println(
        "OK: "
            + zkey
            + " is a key of "
            + c.description()
            + " with "
            + v.contributions().size()
            + " valid contribution(s); verifying-key-sha256 "
            + VerifyingKeyDigest.sha256(key.verifyingKey()));
    return 0;
  }
}
