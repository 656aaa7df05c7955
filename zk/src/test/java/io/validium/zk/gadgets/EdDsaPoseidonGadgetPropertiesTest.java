package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.FrArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EdDsaPoseidonGadgetPropertiesTest {

  private static final EdDsaCircuit CIRCUIT = EdDsaCircuit.INSTANCE;

  @Provide
  Arbitrary<EdDsaPrivateKey> keys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(EdDsaPrivateKey::fromBytes);
  }

  @Provide
  Arbitrary<Fr> messages() {
    return FrArbitraries.elements();
  }

  @Property(tries = 10)
  void signaturesFromCoreSatisfyTheCircuit(
      @ForAll("keys") EdDsaPrivateKey key, @ForAll("messages") Fr message) {
    EdDsaSignature sig = key.sign(message);
    Witness w = CIRCUIT.solve(key.publicKey(), message, sig);
    assertThat(CIRCUIT.cs().isSatisfied(w)).isTrue();
  }

  @Property(tries = 10)
  void aSignatureOnAnotherMessageDoesNotSatisfyIt(
      @ForAll("keys") EdDsaPrivateKey key,
      @ForAll("messages") Fr message,
      @ForAll("messages") Fr other) {
    Assume.that(!message.equals(other));
    Witness w = CIRCUIT.solve(key.publicKey(), other, key.sign(message));
    assertThat(CIRCUIT.cs().isSatisfied(w)).isFalse();
  }
}
