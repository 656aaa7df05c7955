package io.validium.cli.devnet;

import io.validium.cli.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validium devnet}: the whole system on this machine until Ctrl-C. */
@Command(
    name = "devnet",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole validium locally: Kafka (KRaft), anvil with the contracts, three DAC nodes"
          + " (2 of 3), a prover, the sequencer and l1-bridge, each with its own log in the run"
          + " folder. Ctrl-C stops everything."
    })
public final class DevnetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      defaultValue = "run/devnet",
      description = "run folder: state and logs of every process (default: ${DEFAULT-VALUE})")
  Path dir;

  @ArgGroup(exclusive = true)
  Existing existing;

  static final class Existing {
    @Option(names = "--fresh", description = "replace an existing run folder")
    boolean fresh;

    @Option(names = "--reuse", description = "keep an existing run folder's state")
    boolean reuse;
  }

  @Option(
      names = "--batch-size",
      defaultValue = "1",
      description = "transactions per batch, the circuit's size (default: ${DEFAULT-VALUE})")
  int batchSize;

  @Option(
      names = "--deposit-deadline-blocks",
      paramLabel = "N",
      defaultValue = "" + DevnetOptions.DEFAULT_DEPOSIT_DEADLINE_BLOCKS,
      description =
          "L1 blocks (one a second on the devnet) a deposit may wait before anyone may freeze the"
              + " contract; fixed when the contracts are deployed (default: ${DEFAULT-VALUE})")
  long depositDeadlineBlocks;

  @Option(
      names = "--demo",
      description =
          "once up, run a workload: deposits on L1, transfers, a withdrawal claimed on L1, with"
              + " live progress and a summary")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DevnetOptions.Existing mode =
        existing == null
            ? DevnetOptions.Existing.REFUSE
            : existing.fresh ? DevnetOptions.Existing.FRESH : DevnetOptions.Existing.REUSE;
    DevnetOptions options;
    try {
      options =
          DevnetOptions.of(repoRoot(), dir, mode, batchSize)
              .withDepositDeadlineBlocks(depositDeadlineBlocks);
    } catch (DevnetException e) {
      throw new UserError(e.getMessage());
    }
    Devnet devnet;
    try {
      devnet =
          Devnet.prepare(
              options,
              line -> {
                out.println("devnet: " + line);
                out.flush();
              });
    } catch (DevnetException e) {
      throw new UserError(e.getMessage());
    }
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              devnet.close();
              try {
                // Lets the command print its last line before the JVM goes.
                finished.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "devnet-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      devnet.boot(new SetupDevKeyStep(), new L1BridgeDeployStep());
      out.print(Summary.of(devnet));
      out.flush();
      if (demo) {
        new Demo(devnet, out).run();
        out.println("\nthe devnet keeps running; Ctrl-C stops it.");
        out.flush();
      }
      ChildProcess dead = devnet.died().get();
      if (dead == null) {
        out.println("devnet: stopped");
        out.flush();
        return 0;
      }
      err.println(
          "error: "
              + dead.name()
              + " exited with status "
              + dead.exitValue()
              + "; the devnet stops. Its log ("
              + dead.log()
              + ") ends with:\n"
              + dead.tailLines(30));
      err.flush();
      devnet.close();
      return 1;
    } catch (DevnetException e) {
      if (devnet.isClosed()) {
        // Ctrl-C stopped the devnet under a step or the demo: that step's failure is expected.
        out.println("devnet: stopped");
        out.flush();
        return 0;
      }
      err.println("error: " + e.getMessage());
      err.flush();
      devnet.close();
      return 1;
    } finally {
      finished.countDown();
    }
  }

  private static Path repoRoot() {
    String configured = System.getProperty("validium.repo.root");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (java.nio.file.Files.isRegularFile(p.resolve("tools/evm/install.sh"))) {
        return p;
      }
    }
    throw new UserError(
        "run the devnet from a validium checkout (no tools/evm/install.sh here or above)");
  }
}
