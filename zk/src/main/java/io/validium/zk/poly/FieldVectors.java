package io.validium.zk.poly;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;

/** Conversions between {@code Fr[]} and the flat Montgomery-limb layout the transforms use. */
public final class FieldVectors {

  private static final int L = FrArith.LIMBS;

  private FieldVectors() {}

  /** The elements as one flat array, element i at {@code [4i, 4i+4)}. */
  public static long[] toLimbs(Fr[] elements) {
    long[] out = new long[elements.length * L];
    for (int i = 0; i < elements.length; i++) {
      FrArith.load(elements[i], out, i * L);
    }
    return out;
  }

  /** The elements of a flat array whose length is a multiple of four. */
  public static Fr[] toElements(long[] limbs) {
    if (limbs.length % L != 0) {
      throw new IllegalArgumentException("length " + limbs.length + " is not a multiple of 4");
    }
    Fr[] out = new Fr[limbs.length / L];
    for (int i = 0; i < out.length; i++) {
      out[i] = FrArith.toFr(limbs, i * L);
    }
    return out;
  }
}
