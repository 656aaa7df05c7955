package io.validium.core.crypto;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;

/**
 * The constants of {@link PoseidonSchedule} rewritten so that {@link ScaledPoseidonPermutation}
 * needs fewer field operations, in Montgomery limbs.
 *
 * <p>Four exact rewrites on top of the sparse schedule:
 *
 * <ol>
 *   <li>Round constants are added as part of the matrix product that precedes them ({@link
 *       FrArith#dotPlus}); only the inputs, and once the elements that partial rounds update, take
 *       plain additions.
 *   <li>A partial round's S-box input may be scaled by any λ for free, because the matrix row that
 *       produces it can be multiplied by λ in advance; x ↦ x⁵ is a bijection on this field (gcd(5,
 *       r-1) = 1), so λ = w^(1/5) turns its output y into w·y, where w is the round's first
 *       sparse-column entry. Element 1 then updates by a plain addition instead of a product, and
 *       the row and the other column entries are divided by w.
 *   <li>In the first full round element 0 is the zero capacity plus a constant, so its S-box output
 *       is a constant and its matrix column folds into the round's addends.
 *   <li>A partial round's row is applied after its column updates: since s_j = s_j' - column_j·y,
 *       the row's entry for y absorbs -Σ row_j·column_j, and the new element 0 is written in place.
 *   <li>For t ≥ 3, partial rounds go in pairs (k, k+1), and the first of a pair leaves elements
 *       2..t-1 as they were: its row reads them before the update (so its entry for y absorbs only
 *       element 1's column), and the second round adds both rounds' updates, column_j(k)·y_k +
 *       column_j(k+1)·y_(k+1), as one two-term dot product. Each pair saves one Montgomery
 *       reduction and normalisation per element 2..t-1; the products stay the same.
 * </ol>
 */
final class ScaledPoseidonSchedule {

  private static final int L = FrArith.LIMBS;

  /** 1/5 mod (r-1): raising to it takes fifth roots. */
  private static final BigInteger FIFTH_ROOT =
      BigInteger.valueOf(5).modInverse(Fr.MODULUS.subtract(BigInteger.ONE));

  final int width;
  final int halfFullRounds;
  final int partialRounds;

  /** Round 0's constants for elements 1..t-1, added to the inputs. */
  final long[] inputConstants;

  /** Per full round, the t×t matrix row-major (rows pre-scaled where the next round needs it). */
  final long[] fullMatrices;

  /** Per full round, t addends: the next round's constants, pushed through its scaling. */
  final long[] fullAddends;

  /**
   * Per partial round, the scaled first row of its sparse matrix (t entries), applied to the state
   * after the column updates (entry 0 adjusted for that).
   */
  final long[] partialRows;

  /** Per partial round, the addend of that row (one entry). */
  final long[] partialAddends;

  /**
   * The sparse column entries for elements 2..t-1, divided by w: t-2 per round; for a pair (k, k+1)
   * of {@link #pairedRounds} they are grouped by element, column_j(k) then column_j(k+1).
   */
  final long[] partialColumns;

  /**
   * How many leading partial rounds go in pairs (even; 0 for t = 2, which has no elements to
   * defer); the one round left after them, if any, is a plain one.
   */
  final int pairedRounds;

  /**
   * The first second-half full round's constants for elements 1..t-1, added after the last partial
   * round.
   */
  final long[] tailConstants;

  private ScaledPoseidonSchedule(PoseidonSchedule s) {
    int t = s.width;
    int h = s.halfFullRounds;
    int p = s.partialRounds;
    if (p < 1 || h < 1) {
      throw new IllegalArgumentException("needs full and partial rounds");
    }
    width = t;
    halfFullRounds = h;
    partialRounds = p;
    int stride = 2 * t - 1;

    Fr[] lambda = new Fr[p];
    Fr[] w = new Fr[p];
    for (int k = 0; k < p; k++) {
      w[k] = element(s.sparse, k * stride + t);
      lambda[k] = w[k].pow(FIFTH_ROOT);
      if (w[k].isZero() || !lambda[k].pow5().equals(w[k])) {
        throw new IllegalStateException("partial round " + k + " cannot be scaled");
      }
    }

    inputConstants = new long[(t - 1) * L];
    for (int j = 1; j < t; j++) {
      System.arraycopy(s.fullConstants, j * L, inputConstants, (j - 1) * L, L);
    }
    Fr y0 = element(s.fullConstants, 0).pow5();

    fullMatrices = new long[2 * h * t * t * L];
    fullAddends = new long[2 * h * t * L];
    for (int f = 0; f < 2 * h; f++) {
      long[] m = f == h - 1 ? s.preSparse : s.mds;
      for (int i = 0; i < t; i++) {
        Fr scale = f == h - 1 && i == 0 ? lambda[0] : Fr.ONE;
        Fr addend;
        if (f == h - 1) {
          addend = i == 0 ? lambda[0].mul(element(s.partialConstants, 0)) : Fr.ZERO;
        } else if (f == 2 * h - 1) {
          addend = Fr.ZERO;
        } else {
          addend = element(s.fullConstants, (f + 1) * t + i);
        }
        for (int j = 0; j < t; j++) {
          Fr entry = element(m, i * t + j).mul(scale);
          FrArith.load(entry, fullMatrices, ((f * t + i) * t + j) * L);
        }
        if (f == 0) {
          addend = addend.add(element(fullMatrices, i * t).mul(y0));
        }
        FrArith.load(addend, fullAddends, (f * t + i) * L);
      }
    }

    partialRows = new long[p * t * L];
    partialAddends = new long[p * L];
    partialColumns = new long[p * Math.max(t - 2, 0) * L];
    pairedRounds = t >= 3 ? p & ~1 : 0;
    for (int k = 0; k < p; k++) {
      int base = k * stride;
      Fr wInverse = w[k].inverse();
      boolean last = k == p - 1;
      boolean deferring = k < pairedRounds && k % 2 == 0;
      Fr scale = last ? Fr.ONE : lambda[k + 1];
      Fr[] row = new Fr[t];
      Fr[] column = new Fr[t];
      column[1] = Fr.ONE;
      for (int j = 2; j < t; j++) {
        column[j] = element(s.sparse, base + t + j - 1).mul(wInverse);
        int slot;
        if (k < pairedRounds) {
          int first = k & ~1;
          slot = first * (t - 2) + 2 * (j - 2) + (k - first);
        } else {
          slot = k * (t - 2) + j - 2;
        }
        FrArith.load(column[j], partialColumns, slot * L);
      }
      for (int j = 0; j < t; j++) {
        row[j] = element(s.sparse, base + j).mul(scale);
      }
      row[0] = row[0].mul(wInverse);
      // The row is applied after the column updates: s_j = s_j' - column_j·y, so y's entry absorbs
      // -Σ row_j·column_j and the new element 0 can be written in place; a deferring round updates
      // element 1 only.
      int updated = deferring ? 2 : t;
      for (int j = 1; j < updated; j++) {
        row[0] = row[0].sub(row[j].mul(column[j]));
      }
      for (int j = 0; j < t; j++) {
        FrArith.load(row[j], partialRows, (k * t + j) * L);
      }
      Fr addend =
          last ? element(s.fullConstants, h * t) : scale.mul(element(s.partialConstants, k + 1));
      FrArith.load(addend, partialAddends, k * L);
    }

    tailConstants = new long[(t - 1) * L];
    System.arraycopy(s.fullConstants, (h * t + 1) * L, tailConstants, 0, (t - 1) * L);
  }

  static ScaledPoseidonSchedule of(PoseidonSchedule s) {
    return new ScaledPoseidonSchedule(s);
  }

  private static Fr element(long[] limbs, int index) {
    return FrArith.toFr(limbs, index * L);
  }
}
