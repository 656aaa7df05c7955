package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast verification equation against the textbook one, S·B8 == R8 + (8h)·A, on signatures made
 * by hand from known scalars, including points with a small-order component.
 */
class VerificationEquationTest {

  private static final BigInteger L = BabyJubjub.SUBGROUP_ORDER;
  private static final BabyJubjubPoint ORDER_TWO = BabyJubjubPoint.of(Fr.ZERO, Fr.ONE.neg());

  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE, L.subtract(BigInteger.ONE));
  }

  @Provide
  Arbitrary<Fr> messages() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, Fr.MODULUS.subtract(BigInteger.ONE))
        .map(Fr::fromBigInteger);
  }

  @Property(tries = 100)
  void acceptsHandMadeSignatures(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger r, @ForAll("messages") Fr m) {
    BabyJubjubPoint publicKey = BabyJubjub.multiplyBase8(a);
    BabyJubjubPoint r8 = BabyJubjub.multiplyBase8(r);
    assertThat(verify(publicKey, r8, m, respond(a, r, publicKey, r8, m))).isTrue();
  }

  @Property(tries = 100)
  void agreesWithTheTextbookEquationOnTamperedSignatures(
      @ForAll("scalars") BigInteger a,
      @ForAll("scalars") BigInteger r,
      @ForAll("messages") Fr m,
      @ForAll("scalars") BigInteger delta) {
    BabyJubjubPoint publicKey = BabyJubjub.multiplyBase8(a);
    BabyJubjubPoint r8 = BabyJubjub.multiplyBase8(r);
    BigInteger s = respond(a, r, publicKey, r8, m).add(delta).mod(L);
    assertThat(verify(publicKey, r8, m, s)).isEqualTo(textbook(publicKey, r8, m, s)).isFalse();
  }

  /** c is odd, so c·(R8 component of order 2) cannot vanish and turn a bad R8 into a good one. */
  @Property(tries = 100)
  void rejectsR8WithAnOrderTwoComponent(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger r, @ForAll("messages") Fr m) {
    BabyJubjubPoint publicKey = BabyJubjub.multiplyBase8(a);
    BabyJubjubPoint r8 = BabyJubjub.multiplyBase8(r).add(ORDER_TWO);
    // S is computed for R8 as given, so the equation is off by exactly the order-2 point.
    BigInteger s = respond(a, r, publicKey, r8, m);
    assertThat(textbook(publicKey, r8, m, s)).isFalse();
    assertThat(verify(publicKey, r8, m, s)).isFalse();
  }

  /** The cofactor 8 in 8h·A clears a small-order component of A, as in circomlibjs. */
  @Property(tries = 50)
  void acceptsPublicKeyWithASmallOrderComponentLikeCircomlibjs(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger r, @ForAll("messages") Fr m) {
    BabyJubjubPoint publicKey = BabyJubjub.multiplyBase8(a).add(ORDER_TWO);
    BabyJubjubPoint r8 = BabyJubjub.multiplyBase8(r);
    BigInteger s = respond(a, r, publicKey, r8, m);
    assertThat(textbook(publicKey, r8, m, s)).isTrue();
    assertThat(verify(publicKey, r8, m, s)).isTrue();
  }

  /** S = r + 8h·a mod l, i.e. the circomlibjs response for the pruned scalar 8a. */
  private static BigInteger respond(
      BigInteger a, BigInteger r, BabyJubjubPoint publicKey, BabyJubjubPoint r8, Fr m) {
    BigInteger h = challenge(publicKey, r8, m);
    return r.add(h.shiftLeft(3).multiply(a)).mod(L);
  }

  private static boolean textbook(
      BabyJubjubPoint publicKey, BabyJubjubPoint r8, Fr m, BigInteger s) {
    BigInteger h = challenge(publicKey, r8, m);
    return BabyJubjub.BASE8.multiply(s).equals(r8.add(publicKey.multiply(h.shiftLeft(3))));
  }

  private static boolean verify(BabyJubjubPoint publicKey, BabyJubjubPoint r8, Fr m, BigInteger s) {
    return EdDsaPublicKey.of(publicKey).verify(m, new EdDsaSignature(r8.x(), r8.y(), s));
  }

  private static BigInteger challenge(BabyJubjubPoint publicKey, BabyJubjubPoint r8, Fr m) {
    return Poseidon.hash(r8.x(), r8.y(), publicKey.x(), publicKey.y(), m).toBigInteger();
  }
}
