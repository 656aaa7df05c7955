package io.validium.zk.r1cs;

import io.validium.core.field.Fr;

/**
 * The first constraint a witness violates, with the values that show it.
 *
 * @param index position of the constraint in the system
 * @param label the constraint's label
 * @param a value of its left factor
 * @param b value of its right factor
 * @param c value of its product side, which differs from a·b
 */
public record UnsatisfiedConstraint(int index, String label, Fr a, Fr b, Fr c) {

  @Override
  public String toString() {
    return "constraint " + index + " (" + label + "): " + a + " · " + b + " != " + c;
  }
}
