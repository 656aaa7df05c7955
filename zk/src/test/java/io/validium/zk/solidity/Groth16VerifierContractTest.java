package io.validium.zk.solidity;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.crypto.Keccak256;
import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.CurveArbitraries;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.evm.Anvil;
import io.validium.zk.testing.evm.EvmToolchain;
import io.validium.zk.testing.evm.JsonRpcException;
import io.validium.zk.testing.evm.Solc;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exported verifier of the snarkjs transfer key, deployed on a local anvil node. */
class Groth16VerifierContractTest {

  private static final BigInteger R = Bn254.ORDER;
  private static final BigInteger Q = Bn254.BASE_FIELD_MODULUS;
  private static final int WORD = 32;
  private static final int SIGNALS_WORD = 8;

  private static final VerifyingKey VK = Fixtures.transferKey();
  private static final Proof PROOF = Fixtures.transferProof();
  private static final PublicSignals SIGNALS = Fixtures.transferSignals();

  private static Anvil anvil;
  private static String verifier;

  @BeforeAll
  static void deployTheVerifier() {
    EvmToolchain tools = EvmToolchain.require();
    Solc.Contract contract =
        Solc.compile(tools, "Groth16Verifier.sol", SolidityVerifierExporter.export(VK))
            .contract("Groth16Verifier");
    anvil = Anvil.start(tools);
    verifier = anvil.rpc().deploy(contract.bytecode());
  }

  @AfterAll
  static void stopAnvil() {
    if (anvil != null) {
      anvil.close();
    }
  }

  @Test
  void acceptsTheSnarkjsProof() {
    assertThat(verify(SolidityCalldata.encode(PROOF, SIGNALS))).isTrue();
  }

  @Test
  void rejectsTheProofWhenAnyPublicSignalChanges() {
    for (int i = 0; i < SIGNALS.size(); i++) {
      PublicSignals changed = SIGNALS.with(i, SIGNALS.get(i).add(BigInteger.ONE));
      assertThat(verify(SolidityCalldata.encode(PROOF, changed))).as("signal %d", i).isFalse();
    }
  }

  @Test
  void rejectsTheProofWhenAnyCoordinateChanges() {
    byte[] valid = SolidityCalldata.encode(PROOF, SIGNALS);
    for (int word = 0; word < SIGNALS_WORD; word++) {
      byte[] changed = valid.clone();
      changed[SolidityCalldata.SELECTOR_BYTES + word * WORD + WORD - 1] ^= 1;
      assertThat(verify(changed)).as("proof word %d", word).isFalse();
    }
  }

  @Test
  void rejectsPublicSignalsAtOrAboveTheScalarModulus() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    for (BigInteger bad : new BigInteger[] {R, SIGNALS.get(0).add(R), max}) {
      assertThat(verify(SolidityCalldata.encode(PROOF, SIGNALS.with(0, bad))))
          .as("signal %s", bad)
          .isFalse();
    }
    // The alias s + r of a valid signal acts as s in ecMul: only the range check stops it.
    assertThat(verify(SolidityCalldata.encode(PROOF, SIGNALS.with(1, SIGNALS.get(1).add(R)))))
        .isFalse();
  }

  @Test
  void rejectsCoordinatesAtOrAboveTheBaseModulusRatherThanReducingThem() {
    byte[] valid = SolidityCalldata.encode(PROOF, SIGNALS);
    for (int word = 0; word < SIGNALS_WORD; word++) {
      byte[] aliased = withWord(valid, word, word(valid, word).add(Q));
      assertThat(verify(aliased)).as("proof word %d + q", word).isFalse();
    }
  }

  @Test
  void agreesWithTheJavaVerifierOnTamperedProofs() {
    for (Map.Entry<String, Object[]> c : tamperedCases().entrySet()) {
      Proof proof = (Proof) c.getValue()[0];
      PublicSignals signals = (PublicSignals) c.getValue()[1];
      boolean java = Groth16Verifier.verify(VK, signals, proof).isValid();
      assertThat(verify(SolidityCalldata.encode(proof, signals))).as(c.getKey()).isEqualTo(java);
    }
  }

  @Test
  void estimatesGasThatIsEnoughToAcceptTheProof() {
    byte[] calldata = SolidityCalldata.encode(PROOF, SIGNALS);
    long gas = anvil.rpc().estimateGas(verifier, calldata);
    System.out.println("verifyProof eth_estimateGas, 2 public signals: " + gas);
    // The transaction (21,000) and the pairing (45,000 + 4 * 34,000) set the floor.
    assertThat(gas).isBetween(202_000L, 260_000L);
    byte[] out = anvil.rpc().ethCall(verifier, calldata, gas);
    assertThat(new BigInteger(1, out)).isEqualTo(BigInteger.ONE);
    long used = Long.decode(anvil.rpc().transact(verifier, calldata).get("gasUsed").asText());
    System.out.println("verifyProof sent as a transaction used: " + used);
    assertThat(used).isLessThanOrEqualTo(gas);
  }

  @Test
  void revertsWithNotEnoughGasRatherThanAnsweringFalseWhenThePairingWouldBeStarved() {
    byte[] calldata = SolidityCalldata.encode(PROOF, SIGNALS);
    String notEnoughGas =
        HexFormat.of().formatHex(Keccak256.hash("NotEnoughGas()".getBytes(US_ASCII)), 0, 4);
    for (long gas : new long[] {60_000L, 150_000L, 200_000L}) {
      assertThatThrownBy(() -> anvil.rpc().ethCall(verifier, calldata, gas))
          .as("%d gas", gas)
          .isInstanceOf(JsonRpcException.class)
          .hasMessageContaining("0x" + notEnoughGas);
    }
  }

  /** Calls verifyProof; a revert would throw, so every case also checks that it never reverts. */
  private static boolean verify(byte[] calldata) {
    byte[] out = anvil.rpc().ethCall(verifier, calldata);
    assertThat(out).hasSize(WORD);
    BigInteger result = new BigInteger(1, out);
    assertThat(result).isBetween(BigInteger.ZERO, BigInteger.ONE);
    return result.signum() == 1;
  }

  private static Map<String, Object[]> tamperedCases() {
    G1 a = PROOF.a();
    G2 b = PROOF.b();
    G1 c = PROOF.c();
    G2 outsideG2 = CurveArbitraries.twistPointFrom(Fq2.of(Fq.of(3), Fq.of(7)));
    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put("the fixture", cases(PROOF, SIGNALS));
    cases.put("signals swapped", cases(PROOF, PublicSignals.of(SIGNALS.get(1), SIGNALS.get(0))));
    cases.put("signal 0 is zero", cases(PROOF, SIGNALS.with(0, BigInteger.ZERO)));
    cases.put("signal 1 is r - 1", cases(PROOF, SIGNALS.with(1, R.subtract(BigInteger.ONE))));
    cases.put("signal 0 plus r", cases(PROOF, SIGNALS.with(0, SIGNALS.get(0).add(R))));
    cases.put("A negated", cases(new Proof(a.negate(), b, c), SIGNALS));
    cases.put("A plus the generator", cases(new Proof(a.add(G1.GENERATOR), b, c), SIGNALS));
    cases.put("A at infinity", cases(new Proof(G1.INFINITY, b, c), SIGNALS));
    cases.put("A off the curve", cases(new Proof(offCurve(a), b, c), SIGNALS));
    cases.put("A and C swapped", cases(new Proof(c, b, a), SIGNALS));
    cases.put("B doubled", cases(new Proof(a, b.doubled(), c), SIGNALS));
    cases.put("B is the generator", cases(new Proof(a, G2.GENERATOR, c), SIGNALS));
    cases.put("B at infinity", cases(new Proof(a, G2.INFINITY, c), SIGNALS));
    cases.put("B off the twist", cases(new Proof(a, offTwist(b), c), SIGNALS));
    cases.put("B outside G2", cases(new Proof(a, outsideG2, c), SIGNALS));
    cases.put("B in snarkjs order", cases(new Proof(a, swappedHalves(b), c), SIGNALS));
    cases.put("C negated", cases(new Proof(a, b, c.negate()), SIGNALS));
    cases.put("C at infinity", cases(new Proof(a, b, G1.INFINITY), SIGNALS));
    cases.put("C off the curve", cases(new Proof(a, b, offCurve(c)), SIGNALS));
    return cases;
  }

  private static Object[] cases(Proof proof, PublicSignals signals) {
    return new Object[] {proof, signals};
  }

  private static G1 offCurve(G1 p) {
    return G1.fromAffine(p.x(), p.y().add(Fq.ONE));
  }

  private static G2 offTwist(G2 p) {
    return G2.fromAffine(p.x(), p.y().add(Fq2.ONE));
  }

  private static G2 swappedHalves(G2 p) {
    return G2.fromAffine(Fq2.of(p.x().c1(), p.x().c0()), Fq2.of(p.y().c1(), p.y().c0()));
  }

  private static BigInteger word(byte[] calldata, int word) {
    int from = SolidityCalldata.SELECTOR_BYTES + word * WORD;
    byte[] bytes = new byte[WORD];
    System.arraycopy(calldata, from, bytes, 0, WORD);
    return new BigInteger(1, bytes);
  }

  private static byte[] withWord(byte[] calldata, int word, BigInteger value) {
    byte[] out = calldata.clone();
    byte[] bytes = value.toByteArray();
    int length = Math.min(bytes.length, WORD);
    int to = SolidityCalldata.SELECTOR_BYTES + word * WORD;
    Arrays.fill(out, to, to + WORD, (byte) 0);
    System.arraycopy(bytes, bytes.length - length, out, to + WORD - length, length);
    return out;
  }
}
