package io.validium.zk.snarkjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Variable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way a .zkey can be broken is refused with a {@link BinaryFormatException} that names the
 * file and says what is wrong, before anything is allocated for what the file only claims.
 */
class ZkeyFileMalformedTest {
  private static final String NAME = "k.zkey";

  /** Offsets in section 2 (q and r, each after its n8), then the counts. */
  private static final int N8Q = 0;

  private static final int Q = 4;
  private static final int R = 40;
  private static final int N_VARS = 72;
  private static final int N_PUBLIC = 76;
  private static final int DOMAIN_SIZE = 80;
  private static final int DELTA2 = 84 + 64 + 64 + 128 + 128 + 64;

  private static byte[] valid;

  @BeforeAll
  static void writeTheKeyOfASmallCircuit() throws IOException {
    CircuitBuilder api = new CircuitBuilder();
    Variable out = api.publicInput("out");
    Variable x = api.privateInput("x");
    api.assertEqual(api.mul(api.mul(x, x, "square"), x, "cube"), out, "out");
    ProvingKey key =
        DevelopmentSetup.insecure(api.build(), "malformed".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ZkeyFile.write(key, bytes);
    valid = bytes.toByteArray();
  }

  private static ProvingKey parse(byte[] bytes) throws BinaryFormatException {
    return ZkeyFile.parse(NAME, ByteBuffer.wrap(bytes));
  }

  private static String refusal(byte[] bytes) {
    Throwable t = catchThrowable(() -> parse(bytes));
    assertThat(t).isInstanceOf(BinaryFormatException.class);
    assertThat(t.getMessage()).startsWith(NAME + ": ");
    return t.getMessage();
  }

  private static BinContainer container() {
    return BinContainer.of(valid);
  }

  private static void putInt(byte[] body, int at, int v) {
    ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).putInt(at, v);
  }

  @Test
  void theUntouchedKeyReads() throws BinaryFormatException {
    assertThat(parse(valid).wires()).isEqualTo(5);
  }

  @Test
  void everyTruncationIsRefusedNamingWhereTheFileEnds() {
    for (int length = 0; length < valid.length; length++) {
      String message = refusal(Arrays.copyOf(valid, length));
      assertThat(message).containsAnyOf("too short", "ends at byte", "but the file has");
    }
  }

  @Test
  void anotherMagicIsRefused() {
    byte[] bytes = valid.clone();
    bytes[3] = 'z';

    assertThat(refusal(bytes)).isEqualTo(NAME + ": not a zkey file (magic 'zkez')");
  }

  @Test
  void anUnknownVersionIsRefused() {
    BinContainer c = container();
    c.version = 9;

    assertThat(refusal(c.bytes())).isEqualTo(NAME + ": zkey version 9 not supported");
  }

  @Test
  void trailingBytesAfterTheLastSectionAreRefused() {
    byte[] bytes = Arrays.copyOf(valid, valid.length + 3);

    assertThat(refusal(bytes)).contains("3 trailing bytes after the last of 10 sections");
  }

  @Test
  void aSectionSizeBeyondTheFileIsRefused() {
    byte[] bytes = valid.clone();
    // The first section header: id at 12, size at 16.
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(16, 1L << 40);

    assertThat(refusal(bytes)).contains("section 1 (header) ends at byte").contains("file has");
  }

  @Test
  void aPointSectionOnePointShortIsRefused() {
    BinContainer c = container();
    byte[] ic = c.body(ZkeyFile.IC);
    c.replace(ZkeyFile.IC, Arrays.copyOf(ic, ic.length - 64));

    assertThat(refusal(c.bytes())).contains("section 3 (IC) has 64 bytes but 2 G1 points take 128");
  }

  @Test
  void aG2SectionWithAnExtraPointIsRefused() {
    BinContainer c = container();
    byte[] b2 = c.body(ZkeyFile.POINTS_B2);
    c.replace(ZkeyFile.POINTS_B2, Arrays.copyOf(b2, b2.length + 128));

    assertThat(refusal(c.bytes())).contains("section 7 (B2) has").contains("5 G2 points take 640");
  }

  @Test
  void aPointOffTheCurveIsRefusedWithItsSectionAndIndex() {
    BinContainer c = container();
    c.body(ZkeyFile.POINTS_A)[64 + 32] ^= 1; // point 1, the low byte of y

    assertThat(refusal(c.bytes()))
        .contains("section 5 (A)")
        .contains("point 1: the point is not on the curve");
  }

  @Test
  void aCoordinateAboveTheBaseFieldIsRefused() {
    BinContainer c = container();
    Arrays.fill(c.body(ZkeyFile.IC), 0, 32, (byte) 0xff);

    assertThat(refusal(c.bytes()))
        .contains("section 3 (IC)")
        .contains("not below the base-field modulus");
  }

  @Test
  void aG2HeaderPointOffTheTwistIsRefused() {
    BinContainer c = container();
    c.body(ZkeyFile.GROTH16_HEADER)[DELTA2 + 64] ^= 1;

    assertThat(refusal(c.bytes())).contains("delta2: the point is not on the twist");
  }

  @Test
  void anotherBaseFieldIsRefused() {
    BinContainer c = container();
    c.body(ZkeyFile.GROTH16_HEADER)[Q] ^= 1;

    assertThat(refusal(c.bytes())).contains("q is not the BN254 base field");
  }

  @Test
  void anotherScalarFieldIsRefused() {
    BinContainer c = container();
    c.body(ZkeyFile.GROTH16_HEADER)[R + 31] ^= 0x10;

    assertThat(refusal(c.bytes())).contains("r is not the BN254 scalar field");
  }

  @Test
  void aFieldOfAnotherSizeIsRefused() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.GROTH16_HEADER), N8Q, 48);

    assertThat(refusal(c.bytes())).contains("n8q 48 is not BN254's 32 bytes");
  }

  @Test
  void anotherProtocolIsRefused() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.HEADER), 0, 2);

    assertThat(refusal(c.bytes())).contains("protocol 2 is not Groth16 (1)");
  }

  @Test
  void morePublicSignalsThanWiresAreRefused() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.GROTH16_HEADER), N_PUBLIC, 5);

    assertThat(refusal(c.bytes())).contains("nPublic 5 leaves no room in nVars 5");
  }

  @Test
  void aDomainThatIsNotAPowerOfTwoIsRefused() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.GROTH16_HEADER), DOMAIN_SIZE, 6);

    assertThat(refusal(c.bytes())).contains("domainSize 6 is not a power of two");
  }

  @Test
  void aHugeWireCountIsRefusedBeforeAllocating() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.GROTH16_HEADER), N_VARS, Integer.MAX_VALUE);

    assertThat(refusal(c.bytes())).contains("G1 points take");
  }

  @Test
  void aCoefficientCountBeyondItsSectionIsRefused() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.COEFFICIENTS), 0, 1_000_000_000);

    assertThat(refusal(c.bytes()))
        .contains("section 4 (coefficients)")
        .contains("coefficients take");
  }

  @Test
  void aCoefficientOutsideTheKeyIsRefused() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.COEFFICIENTS), 4 + 8, 99); // the first coefficient's signal

    assertThat(refusal(c.bytes()))
        .contains("coefficient 0 at constraint")
        .contains("outside the key");
  }

  @Test
  void aMissingSectionIsRefused() {
    BinContainer c = container();
    c.sections.removeIf(s -> s.id() == ZkeyFile.CONTRIBUTIONS);

    assertThat(refusal(c.bytes())).isEqualTo(NAME + ": section 10 (contributions) missing");
  }

  @Test
  void aRepeatedSectionIsRefused() {
    BinContainer c = container();
    c.sections.add(new BinContainer.Section(ZkeyFile.IC, c.body(ZkeyFile.IC)));

    assertThat(refusal(c.bytes())).isEqualTo(NAME + ": section 3 (IC) appears 2 times");
  }

  @Test
  void aContributionCountBeyondItsSectionIsRefused() {
    BinContainer c = container();
    putInt(c.body(ZkeyFile.CONTRIBUTIONS), 64, 1 << 30);

    assertThat(refusal(c.bytes())).contains("section 10 (contributions) declares 1073741824");
  }

  @Test
  void aCountOfSectionsFarBeyondTheFileIsRefused() {
    byte[] bytes = valid.clone();
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, -1);

    assertThat(refusal(bytes)).contains("the header of section 11 of 4294967295");
  }

  @Test
  void randomByteChangesEitherReadOrAreRefusedNeverThrowSomethingElse() {
    Random random = new Random(20261202L);
    int refused = 0;
    for (int i = 0; i < 400; i++) {
      byte[] bytes = valid.clone();
      int at = random.nextInt(bytes.length);
      bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
      try {
        parse(bytes);
      } catch (BinaryFormatException e) {
        assertThat(e.getMessage()).startsWith(NAME + ": ");
        refused++;
      }
    }
    // Most bytes are point coordinates or counts; only a few (names, transcript) may change freely.
    assertThat(refused).isGreaterThan(300);
  }

  @Test
  void aDirectoryOrMissingFileIsAnIoErrorNotACrash() {
    assertThatThrownBy(() -> ZkeyFile.read(java.nio.file.Path.of("/nonexistent/k.zkey")))
        .isInstanceOf(IOException.class);
  }
}
