package io.validium.zk.msm;

import io.validium.zk.curve.G1Arith;
import io.validium.zk.field.FqArith;

/** {@link CurveOps} for G1: {@link FqArith} elements and {@link G1Arith} points. */
final class G1Ops implements CurveOps {

  private final G1Arith arith = new G1Arith();

  @Override
  public int fieldLimbs() {
    return FqArith.LIMBS;
  }

  @Override
  public void add(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    FqArith.add(a, ao, b, bo, out, oo);
  }

  @Override
  public void sub(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    FqArith.sub(a, ao, b, bo, out, oo);
  }

  @Override
  public void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    FqArith.mul(a, ao, b, bo, out, oo);
  }

  @Override
  public void square(long[] a, int ao, long[] out, int oo) {
    FqArith.square(a, ao, out, oo);
  }

  @Override
  public void neg(long[] a, int ao, long[] out, int oo) {
    FqArith.neg(a, ao, out, oo);
  }

  @Override
  public void inverse(long[] a, int ao, long[] out, int oo) {
    FqArith.inverse(a, ao, out, oo);
  }

  @Override
  public boolean isZero(long[] a, int ao) {
    return FqArith.isZero(a, ao);
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
