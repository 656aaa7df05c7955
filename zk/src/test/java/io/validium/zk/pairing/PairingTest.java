package io.validium.zk.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq12;
import io.validium.zk.testing.Fixtures;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {

  @Test
  void pairingOfGeneratorsIsNonDegenerateAndHasOrderR() {
    Fq12 e = Pairing.pair(G1.GENERATOR, G2.GENERATOR);
    assertThat(e.isOne()).isFalse();
    assertThat(e.pow(Bn254.ORDER).isOne()).isTrue();
  }

  @Test
  void snarkjsFactorIsPrimeToTheGroupOrderSoThePairingStaysNonDegenerate() {
    assertThat(PairingPropertiesTest.SNARKJS_FACTOR.gcd(Bn254.ORDER)).isEqualTo(BigInteger.ONE);
  }

  @Test
  void pairingWithInfinityIsOne() {
    assertThat(Pairing.pair(G1.INFINITY, G2.GENERATOR).isOne()).isTrue();
    assertThat(Pairing.pair(G1.GENERATOR, G2.INFINITY).isOne()).isTrue();
    assertThat(Pairing.pairingProductIsOne(List.of(), List.of())).isTrue();
  }

  @Test
  void pairingOfNegatedPointIsTheInverse() {
    Fq12 e = Pairing.pair(G1.GENERATOR, G2.GENERATOR);
    assertThat(Pairing.pair(G1.GENERATOR.negate(), G2.GENERATOR)).isEqualTo(e.inverse());
    assertThat(Pairing.pair(G1.GENERATOR, G2.GENERATOR.negate())).isEqualTo(e.conjugate());
  }

  @Test
  void pairingDoesNotDependOnTheJacobianRepresentation() {
    G1 p = G1.GENERATOR.doubled().add(G1.GENERATOR);
    G2 q = G2.GENERATOR.doubled().add(G2.GENERATOR);
    assertThat(Pairing.pair(p, q)).isEqualTo(Pairing.pair(p.toAffine(), q.toAffine()));
  }

  @Test
  void pairingOfAlphaAndBetaMatchesSnarkjs() {
    JsonNode vk = Fixtures.json(Fixtures.TRANSFER + "vk.json");
    G1 alpha = Fixtures.g1(vk.get("vk_alpha_1"));
    G2 beta = Fixtures.g2(vk.get("vk_beta_2"));
    assertThat(Pairing.pair(alpha, beta)).isEqualTo(Fixtures.fq12(vk.get("vk_alphabeta_12")));
  }

  @Test
  void preparedPointsGiveTheSameMillerLoop() {
    G1 p = G1.GENERATOR.multiply(BigInteger.valueOf(5));
    G2 q = G2.GENERATOR.multiply(BigInteger.valueOf(7));
    assertThat(
            Pairing.millerLoopPrepared(
                List.of(p, p), List.of(PreparedG2.of(q), PreparedG2.of(G2.INFINITY))))
        .isEqualTo(Pairing.millerLoop(List.of(p), List.of(q)));
    assertThat(PreparedG2.of(G2.INFINITY).isInfinity()).isTrue();
    assertThat(PreparedG2.of(q).isInfinity()).isFalse();
  }

  @Test
  void rejectsListsOfDifferentLengths() {
    assertThatThrownBy(() -> Pairing.pairingProductIsOne(List.of(G1.GENERATOR), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
