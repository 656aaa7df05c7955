package io.validium.zk.snarkjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.curve.CurveArbitraries;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.FieldArbitraries;
import io.validium.zk.field.Fq12;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerifyingKey;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is written reads back equal, and writing what was read reproduces the text. */
class SnarkjsJsonPropertiesTest {

  @Provide
  Arbitrary<VerifyingKey> keys() {
    Arbitrary<G1> g1 = g1WithInfinity();
    Arbitrary<G2> g2 = CurveArbitraries.g2();
    Arbitrary<List<G1>> ic = g1.list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<Fq12> alphaBeta = FieldArbitraries.fq12();
    return Combinators.combine(g1, g2, g2, g2, ic, alphaBeta).as(VerifyingKey::of);
  }

  @Provide
  Arbitrary<Proof> proofs() {
    return Combinators.combine(g1WithInfinity(), CurveArbitraries.g2(), g1WithInfinity())
        .as(Proof::new);
  }

  @Provide
  Arbitrary<PublicSignals> signals() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE))
        .list()
        .ofMaxSize(6)
        .map(PublicSignals::new);
  }

  private static Arbitrary<G1> g1WithInfinity() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, CurveArbitraries.g1()),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(G1.INFINITY)));
  }

  @Property(tries = 30)
  void verifyingKeysRoundTrip(@ForAll("keys") VerifyingKey vk) {
    String json = SnarkjsJson.writeVerifyingKey(vk);
    VerifyingKey read = SnarkjsJson.readVerifyingKey(json);
    assertThat(read).isEqualTo(vk);
    assertThat(SnarkjsJson.writeVerifyingKey(read)).isEqualTo(json);
  }

  @Property(tries = 50)
  void proofsRoundTrip(@ForAll("proofs") Proof proof) {
    String json = SnarkjsJson.writeProof(proof);
    Proof read = SnarkjsJson.readProof(json);
    assertThat(read).isEqualTo(proof);
    assertThat(SnarkjsJson.writeProof(read)).isEqualTo(json);
  }

  @Property
  void publicSignalsRoundTrip(@ForAll("signals") PublicSignals signals) {
    String json = SnarkjsJson.writePublicSignals(signals);
    assertThat(SnarkjsJson.readPublicSignals(json)).isEqualTo(signals);
  }
}
