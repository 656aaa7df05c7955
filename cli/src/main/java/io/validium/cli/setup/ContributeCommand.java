package io.validium.cli.setup;

import io.validium.cli.UserError;
import io.validium.zk.groth16.ContributionResult;
import io.validium.zk.groth16.Groth16Setup;
import io.validium.zk.groth16.ProvingKey;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validium setup contribute}: one phase-2 contribution. The secret is drawn from the JDK's
 * SecureRandom mixed with the optional entropy text, used once and never written anywhere.
 */
@Command(
    name = "contribute",
    mixinStandardHelpOptions = true,
    description =
        "Add your contribution to a phase-2 key and print its hash, which you publish. Exit code"
            + " 0: written, 2: bad input.")
public final class ContributeCommand implements Callable<Integer> {
  /** snarkjs keeps 64 bytes of a name; a longer one would be cut without a word. */
  static final int MAX_NAME_BYTES = 64;

  static final int MAX_ENTROPY_CHARS = 4096;

  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, description = "the latest key of the ceremony (.zkey)")
  Path in;

  @Option(names = "--out", required = true, description = "the key with your contribution (.zkey)")
  Path out;

  @Option(
      names = "--name",
      required = true,
      description = "your name or organisation, recorded in the key (at most 64 bytes)")
  String name;

  @Option(
      names = "--entropy",
      description = "extra random text mixed into the secret (default: 64 bytes of SecureRandom)")
  String entropy;

  @Override
  public Integer call() {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length == 0 || nameBytes.length > MAX_NAME_BYTES) {
      throw new UserError("--name must have 1 to " + MAX_NAME_BYTES + " bytes in UTF-8");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new UserError("--name must not contain control characters");
    }
    if (entropy != null && (entropy.isEmpty() || entropy.length() > MAX_ENTROPY_CHARS)) {
      throw new UserError("--entropy must have 1 to " + MAX_ENTROPY_CHARS + " characters");
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new UserError("--out must differ from --in: the ceremony keeps every key");
    }
    ProvingKey key = KeyFiles.readZkey(in);
    if (Hashes.isZero(key.transcript().circuitHash())) {
      throw new UserError(
          in
              + " is an INSECURE development key, not a ceremony key; start the ceremony with"
              + " `validium setup new`");
    }
    byte[] seed;
    if (entropy != null) {
      seed = entropy.getBytes(StandardCharsets.UTF_8);
    } else {
      seed = new byte[64];
      new SecureRandom().nextBytes(seed);
    }
    ContributionResult result = Groth16Setup.contribute(key, seed, name);
    KeyFiles.writeZkey(result.key(), out);
    int position = result.key().transcript().contributions().size();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("wrote contribution " + position + " ('" + name + "') to " + out);
    stdout.println("contribution hash:");
    stdout.println(Hashes.snarkjsLayout(result.contributionHash()));
    stdout.println("publish this hash; `validium setup verify` lists it for everyone to compare");
    return 0;
  }
}
