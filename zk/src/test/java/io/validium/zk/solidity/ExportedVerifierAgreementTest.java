package io.validium.zk.solidity;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.G1;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.testing.evm.Anvil;
import io.validium.zk.testing.evm.EvmToolchain;
import io.validium.zk.testing.evm.Solc;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exported verifiers of keys with 1, 3 and 6 public inputs, on anvil, against the Java verifier:
 * random statements with valid proofs and with tampered ones.
 */
class ExportedVerifierAgreementTest {

  private static final List<Integer> INPUT_COUNTS = List.of(1, 3, 6);
  private static final int STATEMENTS_PER_KEY = 4;

  private static final Random RANDOM = new Random(20_261_124L);
  private static final Map<Integer, TrapdoorGroth16> KEYS = new LinkedHashMap<>();
  private static final Map<Integer, String> VERIFIERS = new LinkedHashMap<>();
  private static Anvil anvil;

  @BeforeAll
  static void deployOneVerifierPerKey() {
    Map<String, String> sources = new LinkedHashMap<>();
    for (int n : INPUT_COUNTS) {
      TrapdoorGroth16 key = TrapdoorGroth16.random(n, RANDOM);
      KEYS.put(n, key);
      sources.put("Verifier" + n + ".sol", SolidityVerifierExporter.export(key.vk(), name(n)));
    }
    EvmToolchain tools = EvmToolchain.require();
    Solc.Output compiled = Solc.compile(tools, sources);
    assertThat(compiled.warnings()).isEmpty();
    anvil = Anvil.start(tools);
    for (int n : INPUT_COUNTS) {
      VERIFIERS.put(n, anvil.rpc().deploy(compiled.contract(name(n)).bytecode()));
    }
  }

  @AfterAll
  static void stopAnvil() {
    if (anvil != null) {
      anvil.close();
    }
  }

  @Test
  void bothAcceptValidProofsOfRandomStatements() {
    for (int n : INPUT_COUNTS) {
      for (int i = 0; i < STATEMENTS_PER_KEY; i++) {
        PublicSignals signals = KEYS.get(n).randomSignals(RANDOM);
        Proof proof = KEYS.get(n).prove(signals, RANDOM);
        assertThat(java(n, proof, signals)).as("Java, %d inputs", n).isTrue();
        assertThat(contract(n, proof, signals)).as("contract, %d inputs", n).isTrue();
      }
    }
  }

  @Test
  void bothAcceptTheStatementOfAllZeroInputs() {
    for (int n : INPUT_COUNTS) {
      PublicSignals zeros = new PublicSignals(Collections.nCopies(n, BigInteger.ZERO));
      Proof proof = KEYS.get(n).prove(zeros, RANDOM);
      assertThat(java(n, proof, zeros)).isTrue();
      assertThat(contract(n, proof, zeros)).as("%d inputs", n).isTrue();
    }
  }

  @Test
  void bothRejectEachInputChangedAndTheProofOfAnotherStatement() {
    for (int n : INPUT_COUNTS) {
      PublicSignals signals = KEYS.get(n).randomSignals(RANDOM);
      Proof proof = KEYS.get(n).prove(signals, RANDOM);
      for (int i = 0; i < n; i++) {
        for (BigInteger changed :
            List.of(
                signals.get(i).add(BigInteger.ONE).mod(Bn254.ORDER),
                signals.get(i).add(Bn254.ORDER))) {
          PublicSignals tampered = signals.with(i, changed);
          assertThat(contract(n, proof, tampered))
              .as("input %d of %d", i, n)
              .isEqualTo(java(n, proof, tampered))
              .isFalse();
        }
      }
      Proof other = KEYS.get(n).prove(KEYS.get(n).randomSignals(RANDOM), RANDOM);
      assertThat(contract(n, other, signals)).isEqualTo(java(n, other, signals)).isFalse();
      Proof moved = new Proof(proof.a(), proof.b(), proof.c().add(G1.GENERATOR));
      assertThat(contract(n, moved, signals)).isEqualTo(java(n, moved, signals)).isFalse();
    }
  }

  private static boolean java(int n, Proof proof, PublicSignals signals) {
    return Groth16Verifier.verify(KEYS.get(n).vk(), signals, proof).isValid();
  }

  private static boolean contract(int n, Proof proof, PublicSignals signals) {
    byte[] out = anvil.rpc().ethCall(VERIFIERS.get(n), SolidityCalldata.encode(proof, signals));
    return new BigInteger(1, out).equals(BigInteger.ONE);
  }

  private static String name(int n) {
    return "Verifier" + n;
  }
}
