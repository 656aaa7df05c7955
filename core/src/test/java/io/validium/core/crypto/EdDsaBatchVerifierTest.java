package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Batch verification gives exactly the verdicts of single verification. */
class EdDsaBatchVerifierTest {

  private static final BigInteger L = BabyJubjub.SUBGROUP_ORDER;
  private final EdDsaBatchVerifier verifier = new EdDsaBatchVerifier(new SecureRandom());

  /** The ways a signature is made wrong (or, for a torsion key, left valid). */
  enum Tamper {
    NONE,
    OTHER_MESSAGE,
    S_PLUS_ONE,
    S_PLUS_L,
    R8_OFF_CURVE,
    R8_PLUS_TORSION,
    KEY_PLUS_TORSION,
    OTHER_KEY
  }

  @Test
  void agreesWithSingleVerificationOnTheFixturesAsOneBatch() {
    List<BabyJubjubFixture.SignatureVector> vectors = BabyJubjubFixture.signatures();
    List<EdDsaBatchVerifier.Item> items = new ArrayList<>();
    for (BabyJubjubFixture.SignatureVector v : vectors) {
      items.add(
          new EdDsaBatchVerifier.Item(
              new EdDsaPublicKey(v.publicKeyX(), v.publicKeyY()),
              v.message(),
              new EdDsaSignature(v.r8x(), v.r8y(), v.s())));
    }
    boolean[] verdicts = verifier.verifyAll(items);
    for (int i = 0; i < vectors.size(); i++) {
      assertThat(verdicts[i]).as(vectors.get(i).toString()).isEqualTo(vectors.get(i).valid());
    }
  }

  @Test
  void acceptsABatchOfTheFixturesValidSignaturesOnly() {
    List<EdDsaBatchVerifier.Item> items = new ArrayList<>();
    for (BabyJubjubFixture.SignatureVector v : BabyJubjubFixture.signatures()) {
      if (v.valid()) {
        items.add(
            new EdDsaBatchVerifier.Item(
                new EdDsaPublicKey(v.publicKeyX(), v.publicKeyY()),
                v.message(),
                new EdDsaSignature(v.r8x(), v.r8y(), v.s())));
      }
    }
    assertThat(items).hasSizeGreaterThan(1);
    assertThat(verifier.allValid(items)).isTrue();
  }

  @Test
  void findsTheOneBadSignatureInABatch() {
    List<EdDsaBatchVerifier.Item> items = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      items.add(item(i, Tamper.NONE));
    }
    items.set(11, item(11, Tamper.S_PLUS_ONE));
    boolean[] verdicts = verifier.verifyAll(items);
    for (int i = 0; i < verdicts.length; i++) {
      assertThat(verdicts[i]).as("signature " + i).isEqualTo(i != 11);
    }
  }

  @Test
  void theCombinationItselfHoldsForValidSignaturesAndFailsForOneBadOne() {
    // Without this, a combination that never held would still give right verdicts (by fallback).
    assertThat(combination(8, -1)).isTrue();
    assertThat(combination(8, 3)).isFalse();
  }

  private static boolean combination(int n, int bad) {
    BatchEquation eq = new BatchEquation(n);
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < n; i++) {
      EdDsaBatchVerifier.Item it = item(i, i == bad ? Tamper.OTHER_MESSAGE : Tamper.NONE);
      EdDsaSignature sig = it.signature();
      Fr h =
          EdDsaPoseidon.challenge(sig.r8x(), sig.r8y(), it.key().x(), it.key().y(), it.message());
      eq.add(
          it.key().x(),
          it.key().y(),
          sig.r8x(),
          sig.r8y(),
          h.toBigInteger(),
          sig.s(),
          new BigInteger(128, random));
    }
    return eq.holds();
  }

  @Test
  void rejectsACommitmentCarryingTorsionThatOnlyTheCofactoredEquationWouldAccept() {
    List<EdDsaBatchVerifier.Item> items = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      items.add(item(i, Tamper.NONE));
    }
    items.add(item(4, Tamper.R8_PLUS_TORSION));
    assertThat(verifier.verifyAll(items)).containsExactly(true, true, true, true, false);
  }

  @Test
  void acceptsAValidSignatureWhoseCommitmentIsTheIdentity() {
    // R8 = O is in the subgroup: S = 8·h·a with A = a·B8 makes S·B8 = O + 8h·A.
    BigInteger a = BigInteger.valueOf(123456789);
    EdDsaPublicKey key = EdDsaPublicKey.of(BabyJubjub.multiplyBase8(a));
    Fr message = Fr.of(42);
    Fr h = EdDsaPoseidon.challenge(Fr.ZERO, Fr.ONE, key.x(), key.y(), message);
    BigInteger s = h.toBigInteger().multiply(BigInteger.valueOf(8)).multiply(a).mod(L);
    EdDsaSignature identityR = new EdDsaSignature(Fr.ZERO, Fr.ONE, s);
    assertThat(key.verify(message, identityR)).isTrue();
    List<EdDsaBatchVerifier.Item> items =
        List.of(new EdDsaBatchVerifier.Item(key, message, identityR), item(1, Tamper.NONE));
    assertThat(verifier.verifyAll(items)).containsExactly(true, true);
  }

  @Test
  void verifiesAnEmptyBatchAndABatchOfOne() {
    assertThat(verifier.verifyAll(List.of())).isEmpty();
    assertThat(verifier.verifyAll(List.of(item(0, Tamper.NONE)))).containsExactly(true);
    assertThat(verifier.verifyAll(List.of(item(0, Tamper.OTHER_MESSAGE)))).containsExactly(false);
  }

  @Provide
  Arbitrary<List<Tamper>> batches() {
    Arbitrary<Tamper> mostlyValid =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.just(Tamper.NONE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(Tamper.class)));
    return mostlyValid.list().ofMinSize(2).ofMaxSize(9);
  }

  @Property(tries = 40)
  void agreesWithSingleVerificationOnRandomBatches(
      @ForAll("batches") List<Tamper> tampers, @ForAll("seeds") long seed) {
    List<EdDsaBatchVerifier.Item> items = new ArrayList<>();
    Random random = new Random(seed);
    for (Tamper t : tampers) {
      items.add(item(random.nextInt(1 << 20), t));
    }
    boolean[] verdicts = verifier.verifyAll(items);
    for (int i = 0; i < items.size(); i++) {
      EdDsaBatchVerifier.Item it = items.get(i);
      assertThat(verdicts[i])
          .as("item " + i + " " + tampers.get(i))
          .isEqualTo(it.key().verify(it.message(), it.signature()));
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Test
  void tamperingAsTheTestsDoIsVisibleToSingleVerification() {
    for (Tamper t : Tamper.values()) {
      EdDsaBatchVerifier.Item it = item(7, t);
      boolean stillValid = t == Tamper.NONE || t == Tamper.KEY_PLUS_TORSION;
      assertThat(it.key().verify(it.message(), it.signature())).as(t.name()).isEqualTo(stillValid);
    }
  }

  static EdDsaBatchVerifier.Item item(int seed, Tamper tamper) {
    byte[] secret = new byte[32];
    new Random(seed).nextBytes(secret);
    EdDsaPrivateKey key = EdDsaPrivateKey.fromBytes(secret);
    Fr message = Fr.of(1000L + seed);
    EdDsaSignature sig = key.sign(message);
    EdDsaPublicKey pub = key.publicKey();
    BabyJubjubPoint r8 = BabyJubjubPoint.of(sig.r8x(), sig.r8y());
    return switch (tamper) {
      case NONE -> new EdDsaBatchVerifier.Item(pub, message, sig);
      case OTHER_MESSAGE -> new EdDsaBatchVerifier.Item(pub, message.add(Fr.ONE), sig);
      case S_PLUS_ONE ->
          new EdDsaBatchVerifier.Item(
              pub, message, new EdDsaSignature(sig.r8x(), sig.r8y(), sig.s().add(BigInteger.ONE)));
      case S_PLUS_L ->
          new EdDsaBatchVerifier.Item(
              pub, message, new EdDsaSignature(sig.r8x(), sig.r8y(), sig.s().add(L)));
      case R8_OFF_CURVE ->
          new EdDsaBatchVerifier.Item(
              pub, message, new EdDsaSignature(sig.r8x(), sig.r8y().add(Fr.ONE), sig.s()));
      case R8_PLUS_TORSION -> {
        BabyJubjubPoint t = SubgroupTest.T8.multiply(BigInteger.valueOf(1 + (seed & 7) % 7));
        BabyJubjubPoint r = r8.add(t);
        yield new EdDsaBatchVerifier.Item(pub, message, new EdDsaSignature(r.x(), r.y(), sig.s()));
      }
      case KEY_PLUS_TORSION -> {
        // A valid signature under A' = a·B8 + T8: single verification multiplies A' by 8.
        BigInteger a = BigInteger.valueOf(1000003L + seed);
        BigInteger r = BigInteger.valueOf(7777777L + seed);
        BabyJubjubPoint keyPoint = BabyJubjub.multiplyBase8(a).add(SubgroupTest.T8);
        BabyJubjubPoint commitment = BabyJubjub.multiplyBase8(r);
        Fr h =
            EdDsaPoseidon.challenge(
                commitment.x(), commitment.y(), keyPoint.x(), keyPoint.y(), message);
        BigInteger s = r.add(h.toBigInteger().multiply(BigInteger.valueOf(8)).multiply(a)).mod(L);
        yield new EdDsaBatchVerifier.Item(
            EdDsaPublicKey.of(keyPoint),
            message,
            new EdDsaSignature(commitment.x(), commitment.y(), s));
      }
      case OTHER_KEY ->
          new EdDsaBatchVerifier.Item(item(seed + 1, Tamper.NONE).key(), message, sig);
    };
  }
}
