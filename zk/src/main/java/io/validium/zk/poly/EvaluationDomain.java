package io.validium.zk.poly;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The multiplicative subgroup {@code {w^0, ..., w^(n-1)}} of size n = 2^k (k <= 28) with its
 * precomputed twiddles, plus a coset shift g for evaluating on {@code g·w^i}.
 *
 * <p>Transforms run in place on flat arrays of Montgomery limbs ({@link FrArith} layout, element i
 * at {@code [4i, 4i+4)}), exactly {@code 4n} longs long; the {@code Fr[]} overloads copy in and out
 * and suit tests and small sizes. An instance is immutable and safe to share between threads.
 */
public final class EvaluationDomain {

  /** Largest supported log2 of the size, the 2-adicity of r - 1. */
  public static final int MAX_LOG_SIZE = RootsOfUnity.TWO_ADICITY;

  private static final int L = FrArith.LIMBS;

  private final int logSize;
  private final int size;
  private final Fr generator;
  private final Fr generatorInverse;
  private final Fr sizeInverse;
  private final Fr cosetShift;
  private final Fr cosetShiftInverse;
  private final boolean parallel;

  /** {@code w^0 .. w^(n/2-1)}: the inverse transform reuses them, so one table serves both. */
  private final long[] twiddles;

  private EvaluationDomain(
      int logSize, Fr cosetShift, boolean parallel, long[] twiddles, Fr generator) {
    this.logSize = logSize;
    this.size = 1 << logSize;
    this.generator = generator;
    this.generatorInverse = generator.inverse();
    this.sizeInverse = Fr.of(size).inverse();
    this.cosetShift = cosetShift;
    this.cosetShiftInverse = cosetShift.inverse();
    this.parallel = parallel;
    this.twiddles = twiddles;
  }

  /** The domain of size 2^logSize, coset shift 5, parallel for large sizes. */
  public static EvaluationDomain ofLogSize(int logSize) {
    if (logSize < 0 || logSize > MAX_LOG_SIZE) {
      throw new IllegalArgumentException(
          "domain size must be 2^0..2^" + MAX_LOG_SIZE + ", got 2^" + logSize);
    }
    Fr w = RootsOfUnity.primitive(logSize);
    long[] twiddles = Radix2.powers(w, Math.max(1, (1 << logSize) >>> 1), true);
    return new EvaluationDomain(logSize, RootsOfUnity.MULTIPLICATIVE_GENERATOR, true, twiddles, w);
  }

  /** The domain of exactly {@code size} elements, which must be a power of two. */
  public static EvaluationDomain ofSize(int size) {
    if (size <= 0 || Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("domain size must be a power of two, got " + size);
    }
    return ofLogSize(Integer.numberOfTrailingZeros(size));
  }

  /** The smallest domain holding at least {@code minSize} elements. */
  public static EvaluationDomain atLeast(long minSize) {
    if (minSize < 1 || minSize > 1L << MAX_LOG_SIZE) {
      throw new IllegalArgumentException("no domain of size >= " + minSize);
    }
    return ofLogSize(64 - Long.numberOfLeadingZeros(minSize - 1));
  }

  /** This domain with coset shift {@code shift}, which must lie outside the subgroup. */
  public EvaluationDomain withCosetShift(Fr shift) {
    Objects.requireNonNull(shift, "shift");
    if (shift.pow(BigInteger.valueOf(size)).equals(Fr.ONE)) {
      throw new IllegalArgumentException("coset shift lies in the subgroup, so the coset is it");
    }
    return new EvaluationDomain(logSize, shift, parallel, twiddles, generator);
  }

  /** This domain with transforms on the calling thread only, or parallel for large sizes. */
  public EvaluationDomain withParallelism(boolean parallel) {
    return new EvaluationDomain(logSize, cosetShift, parallel, twiddles, generator);
  }

  /** Number of elements n. */
  public int size() {
    return size;
  }

  /** log2 of the size. */
  public int logSize() {
    return logSize;
  }

  /** The primitive n-th root of unity w that generates the domain. */
  public Fr generator() {
    return generator;
  }

  /** w^-1. */
  public Fr generatorInverse() {
    return generatorInverse;
  }

  /** n^-1 in the field. */
  public Fr sizeInverse() {
    return sizeInverse;
  }

  /** The coset shift g. */
  public Fr cosetShift() {
    return cosetShift;
  }

  /** Whether large transforms are split across the common fork-join pool. */
  public boolean isParallel() {
    return parallel;
  }

  /** The element w^i. */
  public Fr element(long i) {
    return generator.pow(BigInteger.valueOf(Math.floorMod(i, (long) size)));
  }

  /** Coefficients to evaluations at w^i, in place. */
  public void ntt(long[] a) {
    checkLength(a);
    Radix2.transform(a, logSize, twiddles, parallel);
  }

  /** Evaluations at w^i to coefficients, in place. */
  public void inverseNtt(long[] a) {
    checkLength(a);
    // Evaluating at w^-i is the forward transform read backwards, so no second twiddle table.
    Radix2.transform(a, logSize, twiddles, parallel);
    Radix2.reverseTail(a, size);
    Radix2.scaleByPowers(a, size, sizeInverse, Fr.ONE, parallel);
  }

  /** Coefficients to evaluations at g·w^i, in place. */
  public void cosetNtt(long[] a) {
    checkLength(a);
    Radix2.scaleByPowers(a, size, Fr.ONE, cosetShift, parallel);
    Radix2.transform(a, logSize, twiddles, parallel);
  }

  /** Evaluations at g·w^i to coefficients, in place. */
  public void inverseCosetNtt(long[] a) {
    checkLength(a);
    Radix2.transform(a, logSize, twiddles, parallel);
    Radix2.reverseTail(a, size);
    Radix2.scaleByPowers(a, size, sizeInverse, cosetShiftInverse, parallel);
  }

  /** {@link #ntt(long[])} on a copy. */
  public Fr[] ntt(Fr[] coefficients) {
    long[] a = FieldVectors.toLimbs(coefficients);
    ntt(a);
    return FieldVectors.toElements(a);
  }

  /** {@link #inverseNtt(long[])} on a copy. */
  public Fr[] inverseNtt(Fr[] evaluations) {
    long[] a = FieldVectors.toLimbs(evaluations);
    inverseNtt(a);
    return FieldVectors.toElements(a);
  }

  /** {@link #cosetNtt(long[])} on a copy. */
  public Fr[] cosetNtt(Fr[] coefficients) {
    long[] a = FieldVectors.toLimbs(coefficients);
    cosetNtt(a);
    return FieldVectors.toElements(a);
  }

  /** {@link #inverseCosetNtt(long[])} on a copy. */
  public Fr[] inverseCosetNtt(Fr[] evaluations) {
    long[] a = FieldVectors.toLimbs(evaluations);
    inverseCosetNtt(a);
    return FieldVectors.toElements(a);
  }

  private void checkLength(long[] a) {
    if (a.length != (long) size * L) {
      throw new IllegalArgumentException(
          "expected " + size + " elements (" + (long) size * L + " longs), got " + a.length);
    }
  }

  @Override
  public String toString() {
    return "EvaluationDomain[2^" + logSize + ", shift " + cosetShift + "]";
  }
}
