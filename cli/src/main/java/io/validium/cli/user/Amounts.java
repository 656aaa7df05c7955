package io.validium.cli.user;

import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --amount} and {@code --token}, parsed together (ether amounts are ETH only). */
final class Amounts {
  @Option(
      names = "--amount",
      required = true,
      paramLabel = "AMOUNT",
      description = "in the token's smallest unit (wei), or for ETH like 0.1eth")
  String amount;

  @Mixin TokenOption token;

  TokenId token() {
    return token.token();
  }

  Amount amount() {
    return Args.amount(amount, token());
  }
}
