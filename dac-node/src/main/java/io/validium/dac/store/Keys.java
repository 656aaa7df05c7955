package io.validium.dac.store;

import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;

/** Cache keys: decimal batch numbers and lowercase-hex commitments, readable in any console. */
final class Keys {
  private Keys() {}

  static String number(BatchNumber n) {
    return Long.toString(n.value());
  }

  static String commitment(BatchCommitment c) {
    return c.toString();
  }
}
