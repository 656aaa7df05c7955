package io.validium.zk.msm;

import io.validium.zk.curve.G2Arith;
import io.validium.zk.field.Fq2Arith;

/** {@link CurveOps} for G2: {@link Fq2Arith} elements and {@link G2Arith} points. */
final class G2Ops implements CurveOps {

  private final G2Arith arith = new G2Arith();
  private final Fq2Arith f2 = new Fq2Arith();

  @Override
  public int fieldLimbs() {
    return Fq2Arith.LIMBS;
  }

  @Override
  public void add(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    f2.add(a, ao, b, bo, out, oo);
  }

  @Override
  public void sub(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    f2.sub(a, ao, b, bo, out, oo);
  }

  @Override
  public void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    f2.mul(a, ao, b, bo, out, oo);
  }

  @Override
  public void square(long[] a, int ao, long[] out, int oo) {
    f2.square(a, ao, out, oo);
  }

  @Override
  public void neg(long[] a, int ao, long[] out, int oo) {
    f2.neg(a, ao, out, oo);
  }

  @Override
  public void inverse(long[] a, int ao, long[] out, int oo) {
    f2.inverse(a, ao, out, oo);
  }

  @Override
  public boolean isZero(long[] a, int ao) {
    return f2.isZero(a, ao);
  }

  @Override
  public void setInfinity(long[] out, int oo) {
    arith.setInfinity(out, oo);
  }

  @Override
  public boolean isInfinity(long[] p, int po) {
    return arith.isInfinity(p, po);
  }

  @Override
  public void fromAffine(long[] a, int ao, long[] out, int oo) {
    arith.fromAffine(a, ao, out, oo);
  }

  @Override
  public void addMixed(long[] p, int po, long[] a, int ao, long[] out, int oo) {
    arith.addMixed(p, po, a, ao, out, oo);
  }

  @Override
  public void addJacobian(long[] p, int po, long[] q, int qo, long[] out, int oo) {
    arith.add(p, po, q, qo, out, oo);
  }

  @Override
  public void dbl(long[] p, int po, long[] out, int oo) {
    arith.dbl(p, po, out, oo);
  }
}
