package io.validium.cli.user;

import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import picocli.CommandLine.Option;

/** {@code --amount} and {@code --token}, parsed together (ether amounts are ETH only). */
final class Amounts {
  @Option(
      names = "--amount",
      required = true,
      paramLabel = "AMOUNT",
      description = "in the token's smallest unit (wei), or for ETH like 0.1eth")
  String amount;

  @Option(
      names = "--token",
      paramLabel = "ID",
      defaultValue = "0",
      description = "token id: 0 ETH (default), 1 to 15 a registered ERC-20")
  int token;

  TokenId token() {
    return Args.token(token);
  }

  Amount amount() {
    return Args.amount(amount, token());
  }
}
