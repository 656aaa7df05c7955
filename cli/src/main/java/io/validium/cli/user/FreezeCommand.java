package io.validium.cli.user;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code validium freeze}: anyone may freeze the contract once the oldest deposit no batch consumed
 * is past its deadline; then only exits and deposit reclaims remain.
 */
@Command(
    name = "freeze",
    mixinStandardHelpOptions = true,
    description =
        "Freeze the contract (the escape hatch) once a deposit is overdue; exit 1 if none is.")
public final class FreezeCommand extends UserCommand {
  @Mixin L1KeyOptions l1Key;
  @Mixin Endpoints endpoints;

  @Override
  public Integer call() {
    var payer = l1Key.load("to pay the freeze on L1");
    try (var l1 = endpoints.l1()) {
      if (l1.frozen()) {
        return no("the Validium contract is already frozen");
      }
      long oldest = l1.processedDeposits();
      if (oldest >= l1.depositCount()) {
        return no("the contract cannot be frozen: every deposit was processed by a batch");
      }
      long deadline = l1.depositDeadline(oldest);
      long now = l1.blockNumber();
      if (now + 1 <= deadline) {
        return no(
            "the contract cannot be frozen yet: deposit "
                + oldest
                + " is due by block "
                + deadline
                + " and L1 is at block "
                + now);
      }
      var r = l1.freeze(payer);
      out()
          .println(
              "frozen in transaction "
                  + r.getTransactionHash()
                  + " (deposit "
                  + oldest
                  + " was overdue); final root "
                  + l1.stateRoot());
      return 0;
    }
  }
}
