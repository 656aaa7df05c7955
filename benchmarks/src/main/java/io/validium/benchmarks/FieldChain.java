package io.validium.benchmarks;

import io.validium.core.field.FrArith;
import io.validium.zk.field.FqArith;

/**
 * A chain of field operations for instruction counts under valgrind, as {@link PoseidonChain} does
 * for hashes: {@code FieldChain frmul|fqmulsquare warmup count} runs the operation {@code warmup +
 * count} times on in-place operands (each result feeds the next) and prints a limb so the chain is
 * not dead code. {@code frmul} is one {@code FrArith.mul}; {@code fqmulsquare} one {@code
 * FqArith.mul} and one {@code FqArith.square}. {@code benchmarks/field-instructions.sh} runs it.
 */
public final class FieldChain {

  private FieldChain() {}

  /** Runs the chain; see the class comment. */
  public static void main(String[] args) {
    if (args.length != 3 || !(args[0].equals("frmul") || args[0].equals("fqmulsquare"))) {
      System.err.println("usage: FieldChain frmul|fqmulsquare <warmup> <counted>");
      System.exit(2);
    }
    int total = Integer.parseInt(args[1]) + Integer.parseInt(args[2]);
    // Below both moduli, with limbs that exercise the signed-digit recoding.
    long[] x = {0x1234567890abcdefL, 0x0fedcba987654321L, 0x1111222233334444L, 0x0123456789abcdefL};
    long[] y = {0x7234567890abcdefL, 0x8fedcba987654321L, 0x9111222233334444L, 0x0223456789abcdefL};
    if (args[0].equals("frmul")) {
      for (int i = 0; i < total; i++) {
        FrArith.mul(x, 0, y, 0, x, 0);
      }
    } else {
      for (int i = 0; i < total; i++) {
        FqArith.mul(x, 0, y, 0, x, 0);
        FqArith.square(y, 0, y, 0);
      }
    }
    System.out.println(Long.toHexString(x[0] ^ y[0]));
  }
}
