package io.validium.cli.user;

import io.validium.cli.UserError;
import io.validium.cli.client.L1Api;
import io.validium.cli.client.L2Api;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validium deposit}: locks ETH or a registered ERC-20 on L1 for an L2 account. */
@Command(
    name = "deposit",
    mixinStandardHelpOptions = true,
    description = "Deposit ETH (or a registered ERC-20) on L1 into the key file's L2 account.")
public final class DepositCommand extends UserCommand {
  @Mixin KeyOptions key;
  @Mixin L1KeyOptions l1Key;
  @Mixin Amounts amounts;
  @Mixin Endpoints endpoints;

  @Option(names = "--wait", description = "wait until the sequencer credits the deposit on L2")
  boolean await;

  @Mixin Timeouts timeouts;

  @Override
  public Integer call() {
    TokenId token = amounts.token();
    Amount amount = amounts.amount();
    Duration timeout = timeouts.timeout();
    KeyOptions.PublicPart to = key.publicPart();
    Credentials payer = l1Key.load("to pay the deposit on L1");
    try (L1Api l1 = endpoints.l1()) {
      if (l1.frozen()) {
        return no("the Validium contract is frozen: it takes no deposits (use validium exit)");
      }
      TransactionReceipt r;
      if (token.equals(TokenId.ETH)) {
        r = l1.depositEth(payer, to.account(), to.publicKey(), amount.toBigInteger());
      } else {
        String erc20 = l1.tokenAddress(token);
        if (new BigInteger(erc20.substring(2), 16).signum() == 0) {
          throw new UserError("token " + token.value() + " is not registered on the contract");
        }
        l1.transact(
            payer,
            erc20,
            new Function(
                "approve",
                List.of(
                    new Address(endpoints.deployment().validium()),
                    new Uint256(amount.toBigInteger())),
                List.of()));
        r = l1.depositToken(payer, token, amount, to.account(), to.publicKey());
      }
      long index = l1.depositIndex(r);
      out()
          .println(
              "deposit "
                  + index
                  + " queued on L1 in transaction "
                  + r.getTransactionHash()
                  + " (block "
                  + r.getBlockNumber()
                  + ", deadline block "
                  + l1.depositDeadline(index)
                  + ")");
      if (await) {
        L2Api l2 = endpoints.l2();
        await(
            "deposit " + index + " credited on L2",
            timeout,
            () ->
                Long.parseLong(l2.roots().path("nextDepositIndex").asText("0")) > index
                    ? Optional.of(true)
                    : Optional.empty());
        out().println("credited on L2 to account " + to.account().value());
      }
      return 0;
    }
  }
}
