package spike;

import io.validium.core.field.Fr;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;

/**
 * What the field-product spikes of ADRs 0045 and 0048 share: limb conversions, the check of a
 * kernel against {@link Fr#mul} (or BigInteger) on 200,000 inputs, half of them lazy (x + p), with
 * the result below 2p and normalised limbs, and the timing of an in-place chain x = x·y by thread
 * CPU time (batches of 10^6, as CpuTimes does; {@code -Dlanes=4} interleaves four independent
 * chains; {@code -Dchain=N} runs N products and exits, for callgrind).
 */
final class SpikeHarness {

  static final BigInteger R =
      new BigInteger("30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", 16);
  static final BigInteger Q =
      new BigInteger("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16);

  /** The operands of FieldChain, before reduction. */
  static final BigInteger A =
      new BigInteger("0123456789abcdef1111222233334444" + "0fedcba9876543211234567890abcdef", 16);

  static final BigInteger B =
      new BigInteger("0223456789abcdef9111222233334444" + "8fedcba9876543217234567890abcdef", 16);

  private SpikeHarness() {}

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

  /** Times (or, with -Dchain, just runs) x = x·y with kernel k; args[1] is the batch count. */
  static void run(String what, Kernel k, long[] x, long[] y, String[] args) {
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
