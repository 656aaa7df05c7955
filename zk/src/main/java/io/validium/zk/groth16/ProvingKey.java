package io.validium.zk.groth16;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.msm.G1Bases;
import io.validium.zk.msm.G2Bases;
import java.util.List;
import java.util.Objects;

/**
 * A Groth16 proving key in the shape of a snarkjs .zkey: the verifying key, β and δ in G1, the A
 * and B matrix entries, and the query points A, B (in G1 and G2), L (snarkjs's "C" section, for the
 * private wires) and H, plus the phase-2 ceremony transcript.
 *
 * <p>H follows snarkjs: its i-th point is [L_{2i+1}(τ)/δ]_1 for the Lagrange basis of the domain of
 * size 2n, so a prover multiplies it by A·B − C evaluated on the odd coset and needs no division by
 * the vanishing polynomial. Immutable; the point lists are copies.
 */
public final class ProvingKey {

  private final VerifyingKey vk;
  private final G1 beta1;
  private final G1 delta1;
  private final int wires;
  private final int domainSize;
  private final List<Coefficient> coefficients;
  private final G1[] a;
  private final G1[] b1;
  private final G2[] b2;
  private final G1[] l;
  private final G1[] h;
  private final CeremonyTranscript transcript;

  /** The query points in affine form for MSM, made on first use and kept (see {@link #bases}). */
  private volatile QueryBases bases;

  /**
   * Checks that the sizes agree: {@code wires} points in A, B1 and B2, one per private wire in L,
   * {@code domainSize} (a power of two) points in H, and coefficients inside the domain and wires.
   */
  public ProvingKey(
      VerifyingKey vk,
      G1 beta1,
      G1 delta1,
      int wires,
      int domainSize,
      List<Coefficient> coefficients,
      List<G1> a,
      List<G1> b1,
      List<G2> b2,
      List<G1> l,
      List<G1> h,
      CeremonyTranscript transcript) {
    this.vk = Objects.requireNonNull(vk, "vk");
    this.beta1 = Objects.requireNonNull(beta1, "beta1");
    this.delta1 = Objects.requireNonNull(delta1, "delta1");
    this.wires = wires;
    this.domainSize = domainSize;
    this.coefficients = List.copyOf(coefficients);
    this.a = a.toArray(new G1[0]);
    this.b1 = b1.toArray(new G1[0]);
    this.b2 = b2.toArray(new G2[0]);
    this.l = l.toArray(new G1[0]);
    this.h = h.toArray(new G1[0]);
    this.transcript = Objects.requireNonNull(transcript, "transcript");
    int publics = vk.publicInputCount();
    if (wires < publics + 1) {
      throw new IllegalArgumentException(
          wires + " wires cannot hold " + publics + " public inputs");
    }
    if (domainSize < 1 || Integer.bitCount(domainSize) != 1) {
      throw new IllegalArgumentException("domain size must be a power of two: " + domainSize);
    }
    requireSize("A", this.a.length, wires);
    requireSize("B1", this.b1.length, wires);
    requireSize("B2", this.b2.length, wires);
    requireSize("L", this.l.length, wires - publics - 1);
    requireSize("H", this.h.length, domainSize);
    for (Coefficient c : this.coefficients) {
      if (c.constraint() >= domainSize || c.signal() >= wires) {
        throw new IllegalArgumentException("coefficient outside the domain or the wires: " + c);
      }
    }
  }

  private static void requireSize(String what, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(what + " has " + actual + " points, expected " + expected);
    }
  }

  /** The matching verifying key. */
  public VerifyingKey verifyingKey() {
    return vk;
  }

  /** β in G1. */
  public G1 beta1() {
    return beta1;
  }

  /** δ in G1. */
  public G1 delta1() {
    return delta1;
  }

  /** Number of wires (snarkjs's nVars), including wire 0. */
  public int wires() {
    return wires;
  }

  /** Number of public signals (snarkjs's nPublic). */
  public int publicSignals() {
    return vk.publicInputCount();
  }

  /** Size n of the constraint domain. */
  public int domainSize() {
    return domainSize;
  }

  /** The A and B entries in key order. */
  public List<Coefficient> coefficients() {
    return coefficients;
  }

  /** [u_i(τ)]_1 per wire. */
  public List<G1> a() {
    return List.of(a);
  }

  /** [v_i(τ)]_1 per wire. */
  public List<G1> b1() {
    return List.of(b1);
  }

  /** [v_i(τ)]_2 per wire. */
  public List<G2> b2() {
    return List.of(b2);
  }

  /** [(β·u_i(τ) + α·v_i(τ) + w_i(τ))/δ]_1 per private wire. */
  public List<G1> l() {
    return List.of(l);
  }

  /** [L_{2i+1}(τ)/δ]_1 for the size-2n domain, i < n. */
  public List<G1> h() {
    return List.of(h);
  }

  /** The phase-2 ceremony record. */
  public CeremonyTranscript transcript() {
    return transcript;
  }

  /** This key with δ, L and H replaced, as a phase-2 contribution leaves it. */
  ProvingKey withDelta(
      G1 newDelta1, G2 newDelta2, G1[] newL, G1[] newH, CeremonyTranscript newTranscript) {
    VerifyingKey newVk =
        VerifyingKey.of(vk.alpha1(), vk.beta2(), vk.gamma2(), newDelta2, vk.ic(), vk.alphaBeta12());
    return new ProvingKey(
        newVk,
        beta1,
        newDelta1,
        wires,
        domainSize,
        coefficients,
        List.of(a),
        List.of(b1),
        List.of(b2),
        List.of(newL),
        List.of(newH),
        newTranscript);
  }

  /**
   * The A, B1, B2, L and H queries as MSM bases, converted to affine once for the key's lifetime
   * rather than on every proof (the conversion costs an inversion per chunk and three
   * multiplications per point). Made lazily, so keys that are only contributed to or exported never
   * pay for it.
   */
  QueryBases bases() {
    QueryBases b = bases;
    if (b == null) {
      synchronized (this) {
        b = bases;
        if (b == null) {
          b =
              new QueryBases(
                  G1Bases.of(a), G1Bases.of(b1), G2Bases.of(b2), G1Bases.of(l), G1Bases.of(h));
          bases = b;
        }
      }
    }
    return b;
  }

  /** The query points as MSM bases. */
  record QueryBases(G1Bases a, G1Bases b1, G2Bases b2, G1Bases l, G1Bases h) {}

  G1[] aArray() {
    return a;
  }

  G1[] b1Array() {
    return b1;
  }

  G2[] b2Array() {
    return b2;
  }

  G1[] lArray() {
    return l;
  }

  G1[] hArray() {
    return h;
  }

  @Override
  public String toString() {
    return "ProvingKey[wires="
        + wires
        + ", nPublic="
        + publicSignals()
        + ", domain="
        + domainSize
        + ", contributions="
        + transcript.contributions().size()
        + "]";
  }
}
