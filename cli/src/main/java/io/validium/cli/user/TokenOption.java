package io.validium.cli.user;

import io.validium.core.types.TokenId;
import picocli.CommandLine.Option;

/** {@code --token ID}: 0 (ETH) unless given. */
final class TokenOption {
  @Option(
      names = "--token",
      paramLabel = "ID",
      defaultValue = "0",
      description = "token id: 0 ETH (default), 1 to 15 a registered ERC-20")
  int token;

  TokenId token() {
    return Args.token(token);
  }
}
