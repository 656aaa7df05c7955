package spike;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;

/**
 * ADR 0045's spike workloads (checks and timing in SpikeHarness). {@code check} compares every
 * unsaturated kernel with {@link Fr#mul} (with BigInteger for Fq) on 200,000 inputs, half of them
 * lazy (x + p), and requires the result below 2p with normalised limbs; {@code
 * frmul|fr29fips|fr29sep|fr26fips|fq29fips [batches]} times an in-place chain x = x·y by thread CPU
 * time (batches of 10^6, as CpuTimes does); with {@code -Dchain=N} it runs N products and exits,
 * for callgrind (run.sh count).
 */
public final class UnsaturatedSpike {

  private UnsaturatedSpike() {}

  /** Runs the workload named by the first argument; see the class comment. */
  public static void main(String[] args) {
    String what = args[0];
    if (what.equals("check")) {
      SpikeHarness.check("Fr29Fips", Fr29Fips::mul, SpikeHarness.R, 9, 29, true);
      SpikeHarness.check("Fr29Sep", Fr29Sep::mul, SpikeHarness.R, 9, 29, true);
      SpikeHarness.check("Fr26Fips", Fr26Fips::mul, SpikeHarness.R, 10, 26, true);
      SpikeHarness.check("Fq29Fips", Fq29Fips::mul, SpikeHarness.Q, 9, 29, false);
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
      case "fr29fips", "fr29sep", "fq29fips" -> {
        k =
            what.equals("fr29fips")
                ? Fr29Fips::mul
                : what.equals("fr29sep") ? Fr29Sep::mul : Fq29Fips::mul;
        BigInteger p = what.startsWith("fq") ? SpikeHarness.Q : SpikeHarness.R;
        x = SpikeHarness.toMontgomery(a.mod(p), p, 9, 29);
        y = SpikeHarness.toMontgomery(b.mod(p), p, 9, 29);
      }
      case "fr26fips" -> {
        k = Fr26Fips::mul;
        x = SpikeHarness.toMontgomery(a.mod(SpikeHarness.R), SpikeHarness.R, 10, 26);
        y = SpikeHarness.toMontgomery(b.mod(SpikeHarness.R), SpikeHarness.R, 10, 26);
      }
      default -> throw new IllegalArgumentException("unknown workload " + what);
    }
    SpikeHarness.run(what, k, x, y, args);
  }
}
