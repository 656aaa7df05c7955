package io.validium.zk.r1cs;

import java.util.Locale;

/**
 * One wire of a circuit under construction, identified by its visibility and its position among the
 * wires of that visibility; the final wire number is fixed only when the circuit is compiled.
 *
 * @param id the visibility in the top bits and the position below; see {@link #of}
 */
public record Variable(int id) implements Linear {

  /** Bits holding the position; the visibility's ordinal sits above them. */
  static final int INDEX_BITS = 29;

  static final int INDEX_MASK = (1 << INDEX_BITS) - 1;

  /** The wire carrying the constant one. */
  public static final Variable ONE = of(Visibility.ONE, 0);

  /**
   * The variable at {@code index} among those of {@code visibility}. Ids of a lower visibility sort
   * first, so sorting by id already sorts by final wire number.
   */
  static Variable of(Visibility visibility, int index) {
    if (index < 0 || index > INDEX_MASK) {
      throw new IllegalArgumentException("too many wires of one kind: " + index);
    }
    return new Variable((visibility.ordinal() << INDEX_BITS) | index);
  }

  /** Whether this is public, private, internal or the constant one. */
  public Visibility visibility() {
    return Visibility.values()[id >>> INDEX_BITS];
  }

  /** Position among the variables of the same visibility, in creation order. */
  public int index() {
    return id & INDEX_MASK;
  }

  @Override
  public LinearCombination toLinearCombination() {
    return LinearCombination.of(this);
  }

  @Override
  public String toString() {
    return visibility().name().toLowerCase(Locale.ROOT) + "#" + index();
  }
}
