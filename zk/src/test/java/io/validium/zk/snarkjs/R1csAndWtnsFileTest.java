package io.validium.zk.snarkjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.HashChainCircuit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class R1csAndWtnsFileTest {

  private static final HashChainCircuit CIRCUIT = HashChainCircuit.build();

  @Test
  void r1csRoundTripKeepsEveryConstraintAndCount() throws IOException {
    ConstraintSystem cs = CIRCUIT.cs();
    R1csFile read = R1csFile.parse("c.r1cs", ByteBuffer.wrap(bytes(R1csFile.of(cs))));

    assertThat(read.wires()).isEqualTo(cs.numWires());
    assertThat(read.publicSignals()).isEqualTo(2);
    assertThat(read.privateInputs()).isEqualTo(3);
    assertThat(read.constraints()).hasSameSizeAs(cs.constraints());
    for (int i = 0; i < cs.numConstraints(); i++) {
      Constraint expected = cs.constraints().get(i);
      Constraint actual = read.constraints().get(i);
      assertSameRow(actual.a(), expected.a());
      assertSameRow(actual.b(), expected.b());
      assertSameRow(actual.c(), expected.c());
    }
    assertThat(read.wireToLabel()).hasSize(cs.numWires()).startsWith(0L, 1L, 2L);
  }

  @Test
  void truncatedR1csNamesTheFileAndTheCutSection() throws IOException {
    byte[] full = bytes(R1csFile.of(CIRCUIT.cs()));
    byte[] cut = Arrays.copyOf(full, full.length - 100);

    assertThatThrownBy(() -> R1csFile.parse("circuit.r1cs", ByteBuffer.wrap(cut)))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageStartingWith("circuit.r1cs: section 3 (wire-to-label map) ends at byte ")
        .hasMessageEndingWith("but the file has " + cut.length);
  }

  @Test
  void r1csOverAnotherPrimeIsRefused() throws IOException {
    byte[] b = bytes(R1csFile.of(CIRCUIT.cs()));
    // The prime starts after magic, version, count, section id and size, and n8.
    b[12 + 12 + 4] ^= 1;

    assertThatThrownBy(() -> R1csFile.parse("c.r1cs", ByteBuffer.wrap(b)))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageContaining("section 1 (header)")
        .hasMessageContaining("not the BN254 scalar-field modulus");
  }

  @Test
  void constraintCountBeyondTheSectionIsRefusedBeforeAllocating() throws IOException {
    byte[] b = bytes(R1csFile.of(CIRCUIT.cs()));
    // The constraint count is the header's last field: section 1 has 64 bytes from offset 24.
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(24 + 64 - 4, Integer.MAX_VALUE);

    assertThatThrownBy(() -> R1csFile.parse("c.r1cs", ByteBuffer.wrap(b)))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageContaining("section 2 (constraints) declares 2147483647 constraints");
  }

  @Test
  void wtnsRoundTripKeepsEveryValue() throws IOException {
    Witness w = CIRCUIT.solve(5, Fr.of(6), Fr.ONE.neg(), 10);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WtnsFile.write(w.values(), out);

    assertThat(WtnsFile.parse("w.wtns", ByteBuffer.wrap(out.toByteArray())))
        .containsExactly(w.values());
  }

  @Test
  void wtnsValueAboveTheModulusIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WtnsFile.write(new Fr[] {Fr.ONE, Fr.ONE}, out);
    byte[] b = out.toByteArray();
    Arrays.fill(b, b.length - 32, b.length, (byte) 0xff);

    assertThatThrownBy(() -> WtnsFile.parse("w.wtns", ByteBuffer.wrap(b)))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageContaining("w.wtns: section 2 (values)")
        .hasMessageContaining("wire 1 is not below the scalar-field modulus");
  }

  @Test
  void otherMagicIsRefused() {
    byte[] b = "zkey\1\0\0\0\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> WtnsFile.parse("w.wtns", ByteBuffer.wrap(b)))
        .hasMessage("w.wtns: not a wtns file (magic 'zkey')");
  }

  private static void assertSameRow(SparseRow actual, SparseRow expected) {
    assertThat(actual.wires()).isEqualTo(expected.wires());
    assertThat(actual.coefficients()).isEqualTo(expected.coefficients());
  }

  private static byte[] bytes(R1csFile f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.write(out);
    return out.toByteArray();
  }
}
