package io.validium.cli.user;

import io.validium.cli.UserError;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses the user commands' arguments, each refusal one sentence naming the option. */
final class Args {
  /** The balance tree has depth 4 (protocol.md 6): token ids 0..15, 0 being ETH. */
  static final int TOKEN_LIMIT = 16;

  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,40}");
  private static final Pattern ETH = Pattern.compile("([0-9]{1,30}(\\.[0-9]{1,18})?)eth");
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final Pattern TX_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");
  private static final BigInteger WEI_PER_ETH = BigInteger.TEN.pow(18);

  private Args() {}

  /**
   * An amount in the token's smallest unit ({@code 100}), or for ETH in ether ({@code 0.1eth}): at
   * least 1 and at most 2^96 - 1, what an L2 balance holds.
   */
  static Amount amount(String text, TokenId token) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    BigInteger value;
    if (WHOLE.matcher(t).matches()) {
      value = new BigInteger(t);
    } else {
      var m = ETH.matcher(t);
      if (!m.matches()) {
        throw new UserError(
            "--amount \""
                + text
                + "\" is neither a whole number of the token's smallest unit (wei for ETH)"
                + " nor an ether amount like 0.1eth");
      }
      if (!token.equals(TokenId.ETH)) {
        throw new UserError(
            "--amount in eth is only for ETH (token 0); give token "
                + token
                + " in its smallest unit");
      }
      value = new BigDecimal(m.group(1)).multiply(new BigDecimal(WEI_PER_ETH)).toBigIntegerExact();
    }
    if (value.signum() == 0) {
      throw new UserError("--amount must be at least 1");
    }
    if (value.compareTo(Amount.MAX.toBigInteger()) > 0) {
      throw new UserError("--amount " + text + " is more than 2^96 - 1, the most a balance holds");
    }
    return Amount.of(value);
  }

  static AccountId account(long value, String option) {
    if (value < 0 || value >= AccountId.LIMIT) {
      throw new UserError(option + " " + value + " is not an account id (0 to 16777215)");
    }
    return new AccountId((int) value);
  }

  static TokenId token(int value) {
    if (value < 0 || value >= TOKEN_LIMIT) {
      throw new UserError(
          "--token " + value + " is not a token id (0 for ETH, 1 to 15 for ERC-20)");
    }
    return new TokenId(value);
  }

  static Address address(String text, String option) {
    if (!ADDRESS.matcher(text).matches()) {
      throw new UserError(option + " \"" + text + "\" is not an address (0x and 40 hex digits)");
    }
    try {
      return Address.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(option + " " + text + " fails its EIP-55 checksum (mixed case)", e);
    }
  }

  static String txHash(String text) {
    if (!TX_HASH.matcher(text).matches()) {
      throw new UserError("\"" + text + "\" is not a transaction hash (0x and 64 hex digits)");
    }
    return text.toLowerCase(Locale.ROOT);
  }

  static long batchNumber(long value) {
    if (value < 0) {
      throw new UserError("batch number " + value + " is negative");
    }
    return value;
  }

  /** Ether with up to 18 decimals, for printing balances. */
  static String ether(BigInteger wei) {
    return new BigDecimal(wei).movePointLeft(18).stripTrailingZeros().toPlainString() + " ETH";
  }
}
