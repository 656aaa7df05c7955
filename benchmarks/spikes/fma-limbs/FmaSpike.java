package spike;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;

/**
 * ADR 0048's spike harness. {@code check} compares the 5 x 52-bit FMA kernels with {@link Fr#mul}
 * on 200,000 inputs, half of them lazy (x + p), and requires the result below 2p with normalised
 * limbs; {@code frmul|fr52fma|fr52int|fr52cvt|fr52col [batches]} times an in-place chain x = x·y by
 * thread CPU time (batches of 10^6, as CpuTimes does; {@code -Dlanes=4} interleaves four
 * independent chains); with {@code -Dchain=N} it runs N products and exits, for callgrind (run.sh
 * count).
 */
public final class FmaSpike {

  static final BigInteger R =
      new BigInteger("30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", 16);

  private FmaSpike() {}

  interface Kernel {
    void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo);
  }

  /** The limbs of v·2^(n·w) mod p. */
  static long[] toMontgomery(BigInteger v, BigInteger p, int n, int w) {
    return limbs(v.shiftLeft(n * w).mod(p), n, w);
  }

  static long[] limbs(BigInteger v, int n, int w) {
    long[] l = new long[n];
    for (int i = 0; i < n; i++) {
      l[i] = v.shiftRight(w * i).longValue() & ((1L << w) - 1);
    }
    return l;
  }

  static BigInteger value(long[] l, int w) {
    BigInteger v = BigInteger.ZERO;
    for (int i = l.length - 1; i >= 0; i--) {
      v = v.shiftLeft(w).add(BigInteger.valueOf(l[i]));
    }
    return v;
  }

  static void check(String name, Kernel k, BigInteger p, int n, int w, boolean againstFr) {
    Random random = new Random(1);
    BigInteger montInverse = BigInteger.ONE.shiftLeft(n * w).modInverse(p);
    long[] out = new long[n];
    for (int t = 0; t < 200_000; t++) {
      BigInteger a =
          t < 8 ? p.subtract(BigInteger.valueOf(1 + t)) : new BigInteger(256, random).mod(p);
      BigInteger b =
          t < 8 ? p.subtract(BigInteger.valueOf(1 + 3 * t)) : new BigInteger(256, random).mod(p);
      long[] x = toMontgomery(a, p, n, w);
      if ((t & 1) == 1) {
        x = limbs(value(x, w).add(p), n, w); // a lazy input, in [p, 2p)
      }
      k.mul(x, 0, toMontgomery(b, p, n, w), 0, out, 0);
      for (int i = 0; i < n - 1; i++) {
        if (out[i] >>> w != 0) {
          throw new AssertionError(name + ": limb " + i + " not normalised at input " + t);
        }
      }
      BigInteger raw = value(out, w);
      if (raw.compareTo(p.shiftLeft(1)) >= 0) {
        throw new AssertionError(name + ": result not below 2p at input " + t);
      }
      BigInteger want =
          againstFr
              ? Fr.fromBigInteger(a).mul(Fr.fromBigInteger(b)).toBigInteger()
              : a.multiply(b).mod(p);
      if (!raw.multiply(montInverse).mod(p).equals(want)) {
        throw new AssertionError(name + ": wrong product at input " + t);
      }
    }
    System.out.println(
        name + ": 200000 products agree with " + (againstFr ? "Fr.mul" : "BigInteger"));
  }

  /** Runs the workload named by the first argument; see the class comment. */
  public static void main(String[] args) {
    String what = args[0];
    if (what.equals("check")) {
      check("Fr52Fma", Fr52Fma::mul, R, 5, 52, true);
      check("Fr52FmaInt", Fr52FmaInt::mul, R, 5, 52, true);
      check("Fr52FmaCvt", Fr52FmaCvt::mul, R, 5, 52, true);
      check("Fr52FmaCol", Fr52FmaCol::mul, R, 5, 52, true);
      return;
    }
    // The operands of FieldChain, reduced.
    BigInteger a =
        new BigInteger("0123456789abcdef1111222233334444" + "0fedcba9876543211234567890abcdef", 16);
    BigInteger b =
        new BigInteger("0223456789abcdef9111222233334444" + "8fedcba9876543217234567890abcdef", 16);
    Kernel k;
    long[] x;
    long[] y;
    switch (what) {
      case "frmul" -> {
        k = FrArith::mul;
        x = new long[4];
        y = new long[4];
        FrArith.load(Fr.fromBigInteger(a.mod(R)), x, 0);
        FrArith.load(Fr.fromBigInteger(b.mod(R)), y, 0);
      }
      case "fr52fma", "fr52int", "fr52cvt", "fr52col" -> {
        k =
            switch (what) {
              case "fr52fma" -> Fr52Fma::mul;
              case "fr52int" -> Fr52FmaInt::mul;
              case "fr52cvt" -> Fr52FmaCvt::mul;
              default -> Fr52FmaCol::mul;
            };
        x = toMontgomery(a.mod(R), R, 5, 52);
        y = toMontgomery(b.mod(R), R, 5, 52);
      }
      default -> throw new IllegalArgumentException("unknown workload " + what);
    }
    long chain = Long.getLong("chain", 0L);
    if (chain > 0) {
      for (long i = 0; i < chain; i++) {
        k.mul(x, 0, y, 0, x, 0);
      }
      System.out.println(Long.toHexString(x[0] ^ y[0]));
      return;
    }
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    // -Dlanes=4: four independent chains interleaved, so the time is throughput, not latency.
    int lanes = Integer.getInteger("lanes", 1);
    long[][] xl = new long[lanes][];
    for (int l = 0; l < lanes; l++) {
      xl[l] = x.clone();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ns = new double[batches];
    for (int warm = 0; warm < 30_000_000 / lanes; warm++) {
      for (long[] xs : xl) {
        k.mul(xs, 0, y, 0, xs, 0);
      }
    }
    for (int batch = 0; batch < batches; batch++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < 1_000_000 / lanes; i++) {
        for (long[] xs : xl) {
          k.mul(xs, 0, y, 0, xs, 0);
        }
      }
      ns[batch] = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
    }
    x = xl[0];
    Arrays.sort(ns);
    System.out.printf(
        "%s: thread CPU per product min %.1f ns, median %.1f ns (%d batches of 10^6, %d lanes,"
            + " sink %d)%n",
        what, ns[0], ns[batches / 2], batches, lanes, x[0] & 1);
  }
}
