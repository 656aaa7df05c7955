package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;

class EdDsaPoseidonTest {

  private static final BigInteger L = BabyJubjub.SUBGROUP_ORDER;
  private static final EdDsaPrivateKey KEY = EdDsaPrivateKey.fromBytes(bytes(1));
  private static final Fr MESSAGE = Fr.fromDecimal("1234567890123456789");

  @Provide
  Arbitrary<EdDsaPrivateKey> keys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(EdDsaPrivateKey::fromBytes);
  }

  @Provide
  Arbitrary<Fr> messages() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, Fr.MODULUS.subtract(BigInteger.ONE))
        .map(Fr::fromBigInteger);
  }

  @Property(tries = 100)
  void signaturesFromRandomKeysVerify(
      @ForAll("keys") EdDsaPrivateKey key, @ForAll("messages") Fr message) {
    EdDsaSignature signature = key.sign(message);
    assertThat(key.publicKey().verify(message, signature)).isTrue();
    assertThat(signature.s()).isNotNegative().isLessThan(L);
  }

  @Property(tries = 50)
  void signatureDoesNotVerifyForAnotherMessage(
      @ForAll("keys") EdDsaPrivateKey key,
      @ForAll("messages") Fr message,
      @ForAll("messages") Fr other) {
    net.jqwik.api.Assume.that(!message.equals(other));
    assertThat(key.publicKey().verify(other, key.sign(message))).isFalse();
  }

  @Property(tries = 50)
  void signatureDoesNotVerifyUnderAnotherKey(
      @ForAll("keys") EdDsaPrivateKey key,
      @ForAll("keys") EdDsaPrivateKey other,
      @ForAll("messages") Fr message) {
    net.jqwik.api.Assume.that(!Arrays.equals(key.toBytes(), other.toBytes()));
    assertThat(other.publicKey().verify(message, key.sign(message))).isFalse();
  }

  @Test
  void generatedKeySignsAndVerifies() {
    EdDsaPrivateKey key = EdDsaPrivateKey.generate(new SecureRandom());
    assertThat(key.toBytes()).hasSize(EdDsaPrivateKey.LENGTH);
    assertThat(key.publicKey().verify(MESSAGE, key.sign(MESSAGE))).isTrue();
  }

  @Test
  void signingIsDeterministic() {
    EdDsaPrivateKey again = EdDsaPrivateKey.fromBytes(KEY.toBytes());
    assertThat(again.sign(MESSAGE)).isEqualTo(KEY.sign(MESSAGE));
    assertThat(KEY.sign(MESSAGE.add(Fr.ONE)).r8x()).isNotEqualTo(KEY.sign(MESSAGE).r8x());
  }

  @Test
  void publicKeyIsAnEighthOfThePrunedBlake2bScalarTimesBase8() {
    byte[] h = new byte[64];
    Blake2bDigest blake = new Blake2bDigest(512);
    blake.update(bytes(1), 0, 32);
    blake.doFinal(h, 0);
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = h[31 - i];
    }
    BigInteger s =
        new BigInteger(1, be).clearBit(0).clearBit(1).clearBit(2).clearBit(255).setBit(254);
    BabyJubjubPoint expected = BabyJubjub.BASE8.multiply(s.shiftRight(3));
    assertThat(KEY.publicKey()).isEqualTo(EdDsaPublicKey.of(expected));
    assertThat(expected.isInSubgroup()).isTrue();
  }

  @Test
  void rejectsSignatureWithSAtLeastTheSubgroupOrder() {
    EdDsaSignature good = KEY.sign(MESSAGE);
    // S + l satisfies the curve equation (B8 has order l), so only the range check stops it.
    for (BigInteger s :
        new BigInteger[] {good.s().add(L), L, Fr.MODULUS, BigInteger.ONE.shiftLeft(300)}) {
      EdDsaSignature bad = new EdDsaSignature(good.r8x(), good.r8y(), s);
      assertThat(KEY.publicKey().verify(MESSAGE, bad)).as("S = %s", s).isFalse();
    }
  }

  @Test
  void rejectsSignatureWithNegativeS() {
    EdDsaSignature good = KEY.sign(MESSAGE);
    EdDsaSignature bad = new EdDsaSignature(good.r8x(), good.r8y(), good.s().subtract(L));
    assertThat(KEY.publicKey().verify(MESSAGE, bad)).isFalse();
  }

  @Test
  void rejectsSignatureWithTamperedS() {
    EdDsaSignature good = KEY.sign(MESSAGE);
    EdDsaSignature bad =
        new EdDsaSignature(good.r8x(), good.r8y(), good.s().add(BigInteger.ONE).mod(L));
    assertThat(KEY.publicKey().verify(MESSAGE, bad)).isFalse();
  }

  @Test
  void rejectsSignatureWithR8OffTheCurve() {
    EdDsaSignature good = KEY.sign(MESSAGE);
    EdDsaSignature bad = new EdDsaSignature(good.r8x(), good.r8y().add(Fr.ONE), good.s());
    assertThat(BabyJubjub.isOnCurve(bad.r8x(), bad.r8y())).isFalse();
    assertThat(KEY.publicKey().verify(MESSAGE, bad)).isFalse();
  }

  @Test
  void rejectsPublicKeyOffTheCurve() {
    EdDsaPublicKey a = KEY.publicKey();
    EdDsaPublicKey offCurve = new EdDsaPublicKey(a.x(), a.y().add(Fr.ONE));
    assertThat(offCurve.verify(MESSAGE, KEY.sign(MESSAGE))).isFalse();
    assertThat(new EdDsaPublicKey(Fr.ZERO, Fr.ZERO).verify(MESSAGE, KEY.sign(MESSAGE))).isFalse();
  }

  @Test
  void rejectsNullArguments() {
    EdDsaSignature signature = KEY.sign(MESSAGE);
    assertThatThrownBy(() -> KEY.publicKey().verify(null, signature))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> KEY.publicKey().verify(MESSAGE, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new EdDsaSignature(null, Fr.ONE, BigInteger.ONE))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejectsPrivateKeysThatAreNot32BytesLong() {
    assertThatThrownBy(() -> EdDsaPrivateKey.fromBytes(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EdDsaPrivateKey.fromBytes(new byte[33]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void privateKeyBytesAreCopiedInAndOut() {
    byte[] raw = bytes(7);
    EdDsaPrivateKey key = EdDsaPrivateKey.fromBytes(raw);
    raw[0] ^= 1;
    key.toBytes()[0] ^= 1;
    assertThat(key.toBytes()).isEqualTo(bytes(7));
  }

  @Test
  void toStringDoesNotRevealTheKey() {
    assertThat(KEY.toString()).doesNotContain(HexFormat.of().formatHex(KEY.toBytes()));
    assertThat(KEY.toString()).contains(KEY.publicKey().x().toString());
  }

  private static byte[] bytes(int fill) {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) fill);
    return b;
  }
}
