package io.validium.zk.snarkjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.HashChainCircuit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The .ptau, .r1cs and .wtns readers refuse truncated, extended and corrupted files with a {@link
 * BinaryFormatException} naming the file, and never with another exception (zkey: {@link
 * ZkeyFileMalformedTest}).
 */
class MalformedBinaryFilesTest {
  /** Reads one format; errors name the file {@code name}. */
  private interface Reader {
    void read(String name, ByteBuffer bytes) throws BinaryFormatException;
  }

  private static final Reader PTAU = (n, b) -> PtauFile.parse(n, b).phase1(8);
  private static final Reader R1CS = R1csFile::parse;
  private static final Reader WTNS = WtnsFile::parse;

  private static byte[] ptau;
  private static byte[] r1cs;
  private static byte[] wtns;

  @BeforeAll
  static void validFiles() throws IOException {
    ptau = Fixtures.bytes("ptau/pot12_final.ptau");
    HashChainCircuit circuit = HashChainCircuit.build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    R1csFile.of(circuit.cs()).write(out);
    r1cs = out.toByteArray();
    Witness w = circuit.solve(5, Fr.of(6), Fr.of(7), 10);
    out = new ByteArrayOutputStream();
    WtnsFile.write(w.values(), out);
    wtns = out.toByteArray();
  }

  private static String refusal(Reader reader, String name, byte[] bytes) {
    Throwable t = catchThrowable(() -> reader.read(name, ByteBuffer.wrap(bytes)));
    assertThat(t)
        .as("%s of %d bytes", name, bytes.length)
        .isInstanceOf(BinaryFormatException.class);
    assertThat(t.getMessage()).startsWith(name + ": ");
    return t.getMessage();
  }

  @Test
  void theUntouchedFilesRead() throws BinaryFormatException {
    PTAU.read("p.ptau", ByteBuffer.wrap(ptau));
    R1CS.read("c.r1cs", ByteBuffer.wrap(r1cs));
    WTNS.read("w.wtns", ByteBuffer.wrap(wtns));
  }

  @Test
  void trailingBytesAreRefusedInEveryFormat() {
    assertThat(refusal(PTAU, "p.ptau", Arrays.copyOf(ptau, ptau.length + 1)))
        .contains("1 trailing bytes after the last of");
    assertThat(refusal(R1CS, "c.r1cs", Arrays.copyOf(r1cs, r1cs.length + 40)))
        .contains("40 trailing bytes after the last of 3 sections");
    assertThat(refusal(WTNS, "w.wtns", Arrays.copyOf(wtns, wtns.length + 32)))
        .contains("32 trailing bytes after the last of 2 sections");
  }

  @Test
  void truncationsAreRefusedInEveryFormat() {
    Random random = new Random(4);
    for (int i = 0; i < 200; i++) {
      refusal(PTAU, "p.ptau", Arrays.copyOf(ptau, random.nextInt(ptau.length)));
    }
    for (int length = 0; length < r1cs.length; length += 7) {
      refusal(R1CS, "c.r1cs", Arrays.copyOf(r1cs, length));
    }
    for (int length = 0; length < wtns.length; length++) {
      refusal(WTNS, "w.wtns", Arrays.copyOf(wtns, length));
    }
  }

  @Test
  void anotherMagicIsRefusedInEveryFormat() {
    byte[] p = ptau.clone();
    p[0] = 'x';
    byte[] c = r1cs.clone();
    c[0] = 'x';

    assertThat(refusal(PTAU, "p.ptau", p)).isEqualTo("p.ptau: not a ptau file (magic 'xtau')");
    assertThat(refusal(R1CS, "c.r1cs", c)).isEqualTo("c.r1cs: not a r1cs file (magic 'x1cs')");
  }

  @Test
  void randomByteChangesEitherReadOrAreRefusedNeverThrowSomethingElse() {
    Random random = new Random(20261202L);
    for (byte[] valid : new byte[][] {r1cs, wtns}) {
      Reader reader = valid == r1cs ? R1CS : WTNS;
      for (int i = 0; i < 300; i++) {
        byte[] bytes = valid.clone();
        int at = random.nextInt(bytes.length);
        bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
        try {
          reader.read("f", ByteBuffer.wrap(bytes));
        } catch (BinaryFormatException e) {
          assertThat(e.getMessage()).startsWith("f: ");
        }
      }
    }
    // In the powers of tau, the header, the contributions and the first points phase 1 reads.
    for (int i = 0; i < 200; i++) {
      byte[] bytes = ptau.clone();
      int at = random.nextInt(4096);
      bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
      try {
        PTAU.read("p", ByteBuffer.wrap(bytes));
      } catch (BinaryFormatException e) {
        assertThat(e.getMessage()).startsWith("p: ");
      }
    }
  }
}
