package io.validium.cli;

import io.validium.cli.devnet.DevnetCommand;
import io.validium.cli.setup.CircuitCommand;
import io.validium.cli.setup.SetupCommand;
import io.validium.cli.user.BalanceCommand;
import io.validium.cli.user.BatchCommand;
import io.validium.cli.user.ClaimCommand;
import io.validium.cli.user.DepositCommand;
import io.validium.cli.user.ExitCommand;
import io.validium.cli.user.ForceWithdrawCommand;
import io.validium.cli.user.FreezeCommand;
import io.validium.cli.user.KeysCommand;
import io.validium.cli.user.TransferCommand;
import io.validium.cli.user.TxCommand;
import io.validium.cli.user.WithdrawCommand;
import io.validium.cli.zk.ZkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code validium} command. */
@Command(
    name = "validium",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A validium layer-2 with a pluggable data-availability committee.",
    subcommands = {
      DevnetCommand.class,
      KeysCommand.class,
      DepositCommand.class,
      TransferCommand.class,
      WithdrawCommand.class,
      ClaimCommand.class,
      BalanceCommand.class,
      TxCommand.class,
      BatchCommand.class,
      FreezeCommand.class,
      ExitCommand.class,
      ForceWithdrawCommand.class,
      SetupCommand.class,
      CircuitCommand.class,
      ZkCommand.class
    })
public final class Validium {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with the project's exit codes: 0 success, 1 negative answer, 2 bad input. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Validium());
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    return cli;
  }
}
