package spike;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;

/**
 * ADR 0048's spike workloads (checks and timing in SpikeHarness). {@code check} compares the 5 x
 * 52-bit FMA kernels with {@link Fr#mul} on 200,000 inputs, half of them lazy (x + p), and requires
 * the result below 2p with normalised limbs; {@code frmul|fr52fma|fr52int|fr52cvt|fr52col
 * [batches]} times an in-place chain x = x·y by thread CPU time (batches of 10^6, as CpuTimes does;
 * {@code -Dlanes=4} interleaves four independent chains); with {@code -Dchain=N} it runs N products
 * and exits, for callgrind (run.sh count).
 */
public final class FmaSpike {

  private FmaSpike() {}

  /** Runs the workload named by the first argument; see the class comment. */
  public static void main(String[] args) {
    String what = args[0];
    if (what.equals("check")) {
      SpikeHarness.check("Fr52Fma", Fr52Fma::mul, SpikeHarness.R, 5, 52, true);
      SpikeHarness.check("Fr52FmaInt", Fr52FmaInt::mul, SpikeHarness.R, 5, 52, true);
      SpikeHarness.check("Fr52FmaCvt", Fr52FmaCvt::mul, SpikeHarness.R, 5, 52, true);
      SpikeHarness.check("Fr52FmaCol", Fr52FmaCol::mul, SpikeHarness.R, 5, 52, true);
      return;
    }
    BigInteger a = SpikeHarness.A;
    BigInteger b = SpikeHarness.B;
    SpikeHarness.Kernel k;
    long[] x;
    long[] y;
    switch (what) {
      case "frmul" -> {
        k = FrArith::mul;
        x = new long[4];
        y = new long[4];
        FrArith.load(Fr.fromBigInteger(a.mod(SpikeHarness.R)), x, 0);
        FrArith.load(Fr.fromBigInteger(b.mod(SpikeHarness.R)), y, 0);
      }
      case "fr52fma", "fr52int", "fr52cvt", "fr52col" -> {
        k =
            switch (what) {
              case "fr52fma" -> Fr52Fma::mul;
              case "fr52int" -> Fr52FmaInt::mul;
              case "fr52cvt" -> Fr52FmaCvt::mul;
              default -> Fr52FmaCol::mul;
            };
        x = SpikeHarness.toMontgomery(a.mod(SpikeHarness.R), SpikeHarness.R, 5, 52);
        y = SpikeHarness.toMontgomery(b.mod(SpikeHarness.R), SpikeHarness.R, 5, 52);
      }
      default -> throw new IllegalArgumentException("unknown workload " + what);
    }
    SpikeHarness.run(what, k, x, y, args);
  }
}
