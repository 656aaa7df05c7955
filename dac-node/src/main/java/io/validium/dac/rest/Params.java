package io.validium.dac.rest;

import io.validium.core.types.AccountId;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import java.util.Optional;

/** Path and query parameters, parsed into typed values or refused with the parameter's name. */
final class Params {
  private static final int MAX_PARAM_CHARS = 80;

  private Params() {}

  static BatchNumber batchNumber(String text, String name) {
    return parse(text, name, () -> BatchNumber.parse(text));
  }

  static Optional<BatchNumber> optionalBatchNumber(String text, String name) {
    return text == null ? Optional.empty() : Optional.of(batchNumber(text, name));
  }

  static AccountId accountId(String text) {
    return parse(text, "account", () -> AccountId.parse(text));
  }

  static BatchCommitment commitment(String text) {
    return parse(text, "commitment", () -> BatchCommitment.parse(text));
  }

  private static <T> T parse(String text, String name, java.util.function.Supplier<T> parser) {
    if (text == null || text.length() > MAX_PARAM_CHARS) {
      throw new BadRequest("BAD_PARAMETER", name + " is missing or longer than " + MAX_PARAM_CHARS);
    }
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequest("BAD_PARAMETER", name + ": " + e.getMessage());
    }
  }
}
