package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.crypto.BabyJubjub;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.Fixtures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EdDsaPoseidonGadgetTest {

  private static final EdDsaCircuit CIRCUIT = EdDsaCircuit.INSTANCE;

  record Vector(
      int index, EdDsaPublicKey key, Fr message, EdDsaSignature signature, boolean valid) {
    @Override
    public String toString() {
      return "signature #" + index + (valid ? " (valid)" : " (invalid)");
    }
  }

  static Stream<Vector> circomlibSignatures() {
    List<Vector> out = new ArrayList<>();
    for (JsonNode n : Fixtures.json("babyjubjub-eddsa-poseidon.json").get("signatures")) {
      out.add(
          new Vector(
              out.size(),
              new EdDsaPublicKey(fr(n.get("publicKey").get(0)), fr(n.get("publicKey").get(1))),
              fr(n.get("message")),
              new EdDsaSignature(
                  fr(n.get("R8").get(0)),
                  fr(n.get("R8").get(1)),
                  new BigInteger(n.get("S").asText())),
              n.get("valid").asBoolean()));
    }
    return out.stream();
  }

  private static Fr fr(JsonNode n) {
    return Fr.fromDecimal(n.asText());
  }

  @ParameterizedTest
  @MethodSource("circomlibSignatures")
  void circuitAcceptsExactlyTheSignaturesCircomlibAccepts(Vector v) {
    Witness w = CIRCUIT.solve(v.key(), v.message(), v.signature());
    assertThat(CIRCUIT.cs().isSatisfied(w)).isEqualTo(v.valid());
    assertThat(v.key().verify(v.message(), v.signature())).isEqualTo(v.valid());
  }

  @Test
  void sPlusLIsRejectedThoughItSatisfiesTheCurveEquation() {
    Vector v = circomlibSignatures().filter(Vector::valid).findFirst().orElseThrow();
    EdDsaSignature malleated =
        new EdDsaSignature(
            v.signature().r8x(),
            v.signature().r8y(),
            v.signature().s().add(BabyJubjub.SUBGROUP_ORDER));
    Witness w = CIRCUIT.solve(v.key(), v.message(), malleated);

    assertThat(v.key().verify(v.message(), malleated)).isFalse();
    assertThat(CIRCUIT.cs().firstUnsatisfied(w).orElseThrow().label()).startsWith("eddsa/sBelowL");
  }

  @Test
  void aPublicKeyOffTheCurveIsRejected() {
    Vector v = circomlibSignatures().filter(Vector::valid).findFirst().orElseThrow();
    EdDsaPublicKey offCurve = new EdDsaPublicKey(v.key().x(), v.key().y().add(Fr.ONE));
    Witness w = CIRCUIT.solve(offCurve, v.message(), v.signature());
    assertThat(CIRCUIT.cs().isSatisfied(w)).isFalse();
  }

  @Test
  void tamperingAnySampledInternalWireIsCaught() {
    EdDsaPrivateKey key = EdDsaPrivateKey.fromBytes(new byte[32]);
    Fr message = Fr.of(42);
    Witness w = CIRCUIT.solve(key.publicKey(), message, key.sign(message));
    assertThat(CIRCUIT.cs().isSatisfied(w)).isTrue();
    for (int wire = CIRCUIT.cs().numWires() / 3; wire < CIRCUIT.cs().numWires(); wire += 997) {
      Witness tampered = w.with(wire, w.get(wire).add(Fr.ONE));
      assertThat(CIRCUIT.cs().isSatisfied(tampered)).as("wire %d", wire).isFalse();
    }
  }

  private static int cost(Consumer<CircuitBuilder> body) {
    CircuitBuilder api = new CircuitBuilder();
    body.accept(api);
    return api.constraintCount();
  }

  private static CircuitPoint point(CircuitBuilder api) {
    return CircuitPoint.of(api.privateInput("x"), api.privateInput("y"));
  }

  private static Variable[] bits(CircuitBuilder api, int n) {
    Variable[] out = new Variable[n];
    for (int i = 0; i < n; i++) {
      out[i] = api.privateInput("b" + i);
    }
    return out;
  }

  @Test
  void costIsTheSumOfItsParts() {
    int onCurve = cost(api -> BabyJubjubGadget.assertOnCurve(api, point(api)));
    int sBelowL = 2 * cost(api -> Bits.rangeCheck(api, api.privateInput("s"), 251));
    int challenge = cost(api -> PoseidonGadget.hash(api, bits(api, 5)));
    int challengeBits = cost(api -> Bits.toBinaryStrict(api, api.privateInput("h")));
    int dbl = cost(api -> BabyJubjubGadget.dbl(api, point(api)));
    int add = cost(api -> BabyJubjubGadget.add(api, point(api), point(api)));
    int hA = cost(api -> BabyJubjubGadget.scalarMul(api, point(api), bits(api, 254)));
    int sB = cost(api -> BabyJubjubGadget.fixedBaseMul(api, BabyJubjub.BASE8, bits(api, 251)));
    int expected = 2 * onCurve + sBelowL + challenge + challengeBits + 3 * dbl + hA + add + sB + 2;

    assertThat(CIRCUIT.cs().numConstraints()).isEqualTo(expected);
    assertThat(CIRCUIT.cs().numPublicInputs()).isEqualTo(3);
  }
}
