package io.validium.zk.snarkjs;

import java.io.IOException;

/**
 * A snarkjs binary file (.r1cs, .wtns, .zkey, .ptau) that is malformed, truncated or describes
 * something this implementation does not support; the message names the file and the section. (JSON
 * files report {@link SnarkjsFormatException}.)
 */
public final class BinaryFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** An error whose message already names the file and, where there is one, the section. */
  public BinaryFormatException(String message) {
    super(message);
  }
}
