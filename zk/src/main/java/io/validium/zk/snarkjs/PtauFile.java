package io.validium.zk.snarkjs;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.Phase1Parameters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A snarkjs powers-of-tau (.ptau) file over BN254: header (power p), the powers τ^i in G1 (2^(p+1)
 * - 1 of them) and G2, α·τ^i and β·τ^i in G1 (2^p each), β in G2, the contributions, and, once
 * prepared for phase 2, sections 12 to 15 with the Lagrange bases for every domain 2^0..2^p (and
 * 2^(p+1) for τ in G1), concatenated smallest first.
 *
 * <p>Opening checks the header and every section's size; points are decoded and checked against
 * their curve only when a range of them is read, so that a large file is not decoded whole.
 */
public final class PtauFile {

  static final int HEADER = 1;
  static final int TAU_G1 = 2;
  static final int TAU_G2 = 3;
  static final int ALPHA_TAU_G1 = 4;
  static final int BETA_TAU_G1 = 5;
  static final int BETA_G2 = 6;
  static final int CONTRIBUTIONS = 7;
  static final int LAGRANGE_TAU_G1 = 12;
  static final int LAGRANGE_TAU_G2 = 13;
  static final int LAGRANGE_ALPHA_TAU_G1 = 14;
  static final int LAGRANGE_BETA_TAU_G1 = 15;

  private static final int MAX_POWER = 27;
  private static final Map<Integer, String> SECTIONS =
      Map.ofEntries(
          Map.entry(HEADER, "header"),
          Map.entry(TAU_G1, "tauG1"),
          Map.entry(TAU_G2, "tauG2"),
          Map.entry(ALPHA_TAU_G1, "alphaTauG1"),
          Map.entry(BETA_TAU_G1, "betaTauG1"),
          Map.entry(BETA_G2, "betaG2"),
          Map.entry(CONTRIBUTIONS, "contributions"),
          Map.entry(LAGRANGE_TAU_G1, "lagrange tauG1"),
          Map.entry(LAGRANGE_TAU_G2, "lagrange tauG2"),
          Map.entry(LAGRANGE_ALPHA_TAU_G1, "lagrange alphaTauG1"),
          Map.entry(LAGRANGE_BETA_TAU_G1, "lagrange betaTauG1"));

  private final BinFile file;
  private final int power;
  private final int ceremonyPower;
  private final List<PtauContribution> contributions;

  private PtauFile(BinFile file, int power, int ceremonyPower, List<PtauContribution> c) {
    this.file = file;
    this.power = power;
    this.ceremonyPower = ceremonyPower;
    this.contributions = List.copyOf(c);
  }

  /** Opens and validates a .ptau file (the file is mapped, not read whole). */
  public static PtauFile read(Path path) throws IOException {
    return parse(path.getFileName().toString(), BinFile.map(path));
  }

  /** Parses .ptau bytes; {@code name} labels errors. */
  public static PtauFile parse(String name, ByteBuffer bytes) throws BinaryFormatException {
    BinFile file = BinFile.parse(name, bytes, "ptau", 1, SECTIONS);
    SectionReader h = file.section(HEADER);
    int n8 = h.u32("field size");
    if (n8 != Encoding.FIELD_BYTES) {
      throw h.error("field size " + n8 + " is not BN254's 32 bytes");
    }
    if (!Arrays.equals(h.limbs("q"), Encoding.Q_LIMBS)) {
      throw h.error("q is not the BN254 base field");
    }
    int power = h.u32("power");
    int ceremonyPower = h.u32("ceremony power");
    h.finish();
    if (power < 1 || power > MAX_POWER) {
      throw new BinaryFormatException(name + ": power " + power + " is not between 1 and 27");
    }
    long n = 1L << power;
    file.section(TAU_G1).requireSize((2 * n - 1) * Encoding.G1_BYTES, (2 * n - 1) + " G1 points");
    file.section(TAU_G2).requireSize(n * Encoding.G2_BYTES, n + " G2 points");
    file.section(ALPHA_TAU_G1).requireSize(n * Encoding.G1_BYTES, n + " G1 points");
    file.section(BETA_TAU_G1).requireSize(n * Encoding.G1_BYTES, n + " G1 points");
    file.section(BETA_G2).requireSize(Encoding.G2_BYTES, "one G2 point");
    if (file.has(LAGRANGE_TAU_G1)) {
      long all = 2 * n - 1;
      file.section(LAGRANGE_TAU_G1)
          .requireSize((4 * n - 1) * Encoding.G1_BYTES, (4 * n - 1) + " G1 points");
      file.section(LAGRANGE_TAU_G2).requireSize(all * Encoding.G2_BYTES, all + " G2 points");
      file.section(LAGRANGE_ALPHA_TAU_G1).requireSize(all * Encoding.G1_BYTES, all + " G1 points");
      file.section(LAGRANGE_BETA_TAU_G1).requireSize(all * Encoding.G1_BYTES, all + " G1 points");
    }
    List<PtauContribution> contributions = PtauContribution.readAll(file.section(CONTRIBUTIONS));
    return new PtauFile(file, power, ceremonyPower, contributions);
  }

  /** log2 of the number of powers this file holds. */
  public int power() {
    return power;
  }

  /** log2 of the ceremony's size, which may exceed {@link #power()} for a truncated file. */
  public int ceremonyPower() {
    return ceremonyPower;
  }

  /** The contributions recorded in section 7, oldest first. */
  public List<PtauContribution> contributions() {
    return contributions;
  }

  /** Whether sections 12 to 15 (phase-2 preparation) are present. */
  public boolean isPreparedForPhase2() {
    return file.has(LAGRANGE_TAU_G1);
  }

  /** [τ^i]_1 for i in [from, from + count). */
  public List<G1> tauG1(int from, int count) throws BinaryFormatException {
    return g1s(TAU_G1, from, count);
  }

  /** [τ^i]_2 for i in [from, from + count). */
  public List<G2> tauG2(int from, int count) throws BinaryFormatException {
    return g2s(TAU_G2, from, count);
  }

  /** [α·τ^i]_1 for i in [from, from + count). */
  public List<G1> alphaTauG1(int from, int count) throws BinaryFormatException {
    return g1s(ALPHA_TAU_G1, from, count);
  }

  /** [β·τ^i]_1 for i in [from, from + count). */
  public List<G1> betaTauG1(int from, int count) throws BinaryFormatException {
    return g1s(BETA_TAU_G1, from, count);
  }

  /** [β]_2. */
  public G2 betaG2() throws BinaryFormatException {
    return g2s(BETA_G2, 0, 1).get(0);
  }

  /**
   * The phase-1 parameters for domain size {@code n}: requires a prepared file with 2n <=
   * 2^(power+1), i.e. n <= 2^power.
   */
  public Phase1Parameters phase1(int n) throws BinaryFormatException {
    if (n < 1 || Integer.bitCount(n) != 1 || n > 1 << power) {
      throw new BinaryFormatException(
          file.name() + ": domain size " + n + " needs a power of two up to 2^" + power);
    }
    if (!isPreparedForPhase2()) {
      throw new BinaryFormatException(
          file.name() + ": not prepared for phase 2 (sections 12 to 15 missing)");
    }
    // Section 12 holds the bases for sizes 1, 2, 4, ..., so size m starts at point m - 1.
    List<G1> lagrange2n = g1s(LAGRANGE_TAU_G1, 2 * n - 1, 2 * n);
    List<G1> odd = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      odd.add(lagrange2n.get(2 * j + 1));
    }
    return new Phase1Parameters(
        n,
        alphaTauG1(0, 1).get(0),
        betaTauG1(0, 1).get(0),
        betaG2(),
        g1s(LAGRANGE_TAU_G1, n - 1, n),
        g2s(LAGRANGE_TAU_G2, n - 1, n),
        g1s(LAGRANGE_ALPHA_TAU_G1, n - 1, n),
        g1s(LAGRANGE_BETA_TAU_G1, n - 1, n),
        odd,
        tauG1(0, 2 * n - 1));
  }

  private List<G1> g1s(int section, int from, int count) throws BinaryFormatException {
    SectionReader s = file.section(section);
    skip(s, from, Encoding.G1_BYTES, count);
    List<G1> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(s.g1("point " + (from + i)));
    }
    return out;
  }

  private List<G2> g2s(int section, int from, int count) throws BinaryFormatException {
    SectionReader s = file.section(section);
    skip(s, from, Encoding.G2_BYTES, count);
    List<G2> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(s.g2("point " + (from + i)));
    }
    return out;
  }

  private static void skip(SectionReader s, int from, int size, int count)
      throws BinaryFormatException {
    if (from < 0 || count < 0) {
      throw new IllegalArgumentException("negative range");
    }
    s.require((long) from + count, size, "points");
    s.skip((long) from * size);
  }
}
