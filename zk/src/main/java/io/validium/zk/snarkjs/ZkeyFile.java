package io.validium.zk.snarkjs;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.CeremonyTranscript;
import io.validium.zk.groth16.Coefficient;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Groth16 proving keys in the snarkjs .zkey format (as snarkjs 0.7 writes them): sections 1
 * (protocol), 2 (Groth16 header: q, r, nVars, nPublic, domainSize, α1, β1, β2, γ2, δ1, δ2), 3 (IC),
 * 4 (A and B coefficients), 5 to 9 (the A, B1, B2, C and H points) and 10 (the ceremony).
 *
 * <p>Reading checks every size against the header and every point against its curve, and the
 * header's G2 points against the subgroup; the query points are not subgroup-checked, because a bad
 * one only yields proofs that fail verification.
 */
public final class ZkeyFile {

  static final int HEADER = 1;
  static final int GROTH16_HEADER = 2;
  static final int IC = 3;
  static final int COEFFICIENTS = 4;
  static final int POINTS_A = 5;
  static final int POINTS_B1 = 6;
  static final int POINTS_B2 = 7;
  static final int POINTS_C = 8;
  static final int POINTS_H = 9;
  static final int CONTRIBUTIONS = 10;

  private static final int GROTH16 = 1;
  private static final int COEFFICIENT_BYTES = 12 + Encoding.FIELD_BYTES;

  /**
   * Largest domain: the prover evaluates on a coset of the domain twice this size, 2^28 at most.
   */
  private static final int MAX_DOMAIN = 1 << 27;

  private static final Map<Integer, String> SECTIONS =
      Map.of(
          HEADER, "header",
          GROTH16_HEADER, "groth16 header",
          IC, "IC",
          COEFFICIENTS, "coefficients",
          POINTS_A, "A",
          POINTS_B1, "B1",
          POINTS_B2, "B2",
          POINTS_C, "C",
          POINTS_H, "H",
          CONTRIBUTIONS, "contributions");

  private ZkeyFile() {}

  /** Reads and validates a Groth16 .zkey file. */
  public static ProvingKey read(Path path) throws IOException {
    return parse(path.getFileName().toString(), BinFile.map(path));
  }

  /** Parses Groth16 .zkey bytes; {@code name} labels errors. */
  public static ProvingKey parse(String name, ByteBuffer bytes) throws BinaryFormatException {
    BinFile file = BinFile.parse(name, bytes, "zkey", 2, SECTIONS);
    SectionReader p = file.section(HEADER);
    int protocol = p.rawU32("protocol");
    if (protocol != GROTH16) {
      throw p.error("protocol " + Integer.toUnsignedString(protocol) + " is not Groth16 (1)");
    }
    p.finish();

    SectionReader h = file.section(GROTH16_HEADER);
    checkPrime(h, "q", Encoding.Q_LIMBS);
    checkPrime(h, "r", Encoding.R_LIMBS);
    int wires = h.u32("nVars");
    int publics = h.u32("nPublic");
    int domainSize = h.u32("domainSize");
    if (publics + 1L > wires) {
      throw h.error("nPublic " + publics + " leaves no room in nVars " + wires);
    }
    if (domainSize < 1 || Integer.bitCount(domainSize) != 1 || domainSize > MAX_DOMAIN) {
      throw h.error("domainSize " + domainSize + " is not a power of two up to 2^27");
    }
    G1 alpha1 = h.g1("alpha1");
    G1 beta1 = h.g1("beta1");
    G2 beta2 = subgroup(h, h.g2("beta2"), "beta2");
    G2 gamma2 = subgroup(h, h.g2("gamma2"), "gamma2");
    G1 delta1 = h.g1("delta1");
    G2 delta2 = subgroup(h, h.g2("delta2"), "delta2");
    h.finish();

    List<G1> ic = g1Section(file, IC, publics + 1);
    List<Coefficient> coefficients = coefficients(file, wires, domainSize);
    List<G1> a = g1Section(file, POINTS_A, wires);
    List<G1> b1 = g1Section(file, POINTS_B1, wires);
    List<G2> b2 = g2Section(file, POINTS_B2, wires);
    List<G1> c = g1Section(file, POINTS_C, wires - publics - 1);
    List<G1> hPoints = g1Section(file, POINTS_H, domainSize);
    CeremonyTranscript transcript = ZkeyContributions.read(file.section(CONTRIBUTIONS));

    VerifyingKey vk = VerifyingKey.of(alpha1, beta2, gamma2, delta2, ic);
    return new ProvingKey(
        vk, beta1, delta1, wires, domainSize, coefficients, a, b1, b2, c, hPoints, transcript);
  }

  private static void checkPrime(SectionReader h, String what, long[] expected)
      throws BinaryFormatException {
    int n8 = h.u32("n8" + what);
    if (n8 != Encoding.FIELD_BYTES) {
      throw h.error("n8" + what + " " + n8 + " is not BN254's 32 bytes");
    }
    if (!Arrays.equals(h.limbs(what), expected)) {
      throw h.error(
          what + " is not the BN254 " + ("q".equals(what) ? "base" : "scalar") + " field");
    }
  }

  private static G2 subgroup(SectionReader h, G2 p, String what) throws BinaryFormatException {
    if (!p.isInSubgroup()) {
      throw h.error(what + " is not in the order-r subgroup G2");
    }
    return p;
  }

  private static List<Coefficient> coefficients(BinFile file, int wires, int domainSize)
      throws BinaryFormatException {
    SectionReader s = file.section(COEFFICIENTS);
    int n = s.u32("coefficient count");
    s.requireSize(4L + (long) n * COEFFICIENT_BYTES, n + " coefficients");
    List<Coefficient> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String what = "coefficient " + i;
      int matrix = s.u32(what + " matrix");
      int constraint = s.u32(what + " constraint");
      int signal = s.u32(what + " signal");
      if (matrix > 1) {
        throw s.error(what + " is in matrix " + matrix + ", not A (0) or B (1)");
      }
      if (constraint >= domainSize || signal >= wires) {
        throw s.error(
            what + " at constraint " + constraint + ", signal " + signal + " is outside the key");
      }
      long[] stored = s.limbs(what + " value");
      if (!Encoding.below(stored, Encoding.R_LIMBS)) {
        throw s.error(what + " value is not below the scalar-field modulus");
      }
      out.add(new Coefficient(matrix, constraint, signal, Encoding.zkeyCoefficient(stored)));
    }
    s.finish();
    return out;
  }

  private static List<G1> g1Section(BinFile file, int id, int count) throws BinaryFormatException {
    SectionReader s = file.section(id);
    s.requireSize((long) count * Encoding.G1_BYTES, count + " G1 points");
    List<G1> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(s.g1("point " + i));
    }
    return out;
  }

  private static List<G2> g2Section(BinFile file, int id, int count) throws BinaryFormatException {
    SectionReader s = file.section(id);
    s.requireSize((long) count * Encoding.G2_BYTES, count + " G2 points");
    List<G2> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(s.g2("point " + i));
    }
    return out;
  }

  /** Writes {@code pk} as a version-1 .zkey with sections 1 to 10 in order. */
  public static void write(ProvingKey pk, OutputStream out) throws IOException {
    BinFileWriter w = new BinFileWriter("zkey", 1);
    w.section(HEADER).u32(GROTH16);
    VerifyingKey vk = pk.verifyingKey();
    LeOutput h = w.section(GROTH16_HEADER);
    h.u32(Encoding.FIELD_BYTES);
    h.limbs(Encoding.Q_LIMBS);
    h.u32(Encoding.FIELD_BYTES);
    h.limbs(Encoding.R_LIMBS);
    h.u32(pk.wires());
    h.u32(pk.publicSignals());
    h.u32(pk.domainSize());
    Encoding.writeG1(h, vk.alpha1());
    Encoding.writeG1(h, pk.beta1());
    Encoding.writeG2(h, vk.beta2());
    Encoding.writeG2(h, vk.gamma2());
    Encoding.writeG1(h, pk.delta1());
    Encoding.writeG2(h, vk.delta2());
    writeG1s(w.section(IC), vk.ic());
    LeOutput c = w.section(COEFFICIENTS);
    c.u32(pk.coefficients().size());
    for (Coefficient k : pk.coefficients()) {
      c.u32(k.matrix());
      c.u32(k.constraint());
      c.u32(k.signal());
      c.limbs(Encoding.zkeyCoefficientLimbs(k.value()));
    }
    writeG1s(w.section(POINTS_A), pk.a());
    writeG1s(w.section(POINTS_B1), pk.b1());
    LeOutput b2 = w.section(POINTS_B2);
    for (G2 p : pk.b2()) {
      Encoding.writeG2(b2, p);
    }
    writeG1s(w.section(POINTS_C), pk.l());
    writeG1s(w.section(POINTS_H), pk.h());
    ZkeyContributions.write(w.section(CONTRIBUTIONS), pk.transcript());
    w.writeTo(out);
  }

  /** Writes {@code pk} to {@code path}. */
  public static void write(ProvingKey pk, Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(pk, out);
    }
  }

  private static void writeG1s(LeOutput out, List<G1> points) {
    for (G1 p : points) {
      Encoding.writeG1(out, p);
    }
  }
}
