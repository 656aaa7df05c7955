package io.validium.zk.snarkjs;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
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
 * A circuit in the iden3 .r1cs binary format, version 1, as circom writes it and snarkjs reads it:
 * a header (field, wire and input counts), the constraints as three sparse rows each over wire
 * numbers with plain little-endian coefficients, and the wire-to-label map.
 *
 * <p>Wire 0 is the constant one, then the public outputs, the public inputs and the private inputs;
 * snarkjs counts outputs and public inputs together as the proof's public signals. Only the BN254
 * scalar field is accepted, and files with custom gates (a PLONK extension) are refused.
 *
 * @param wires number of wires, including wire 0
 * @param publicOutputs number of public outputs (circom's outputs; zero for CircuitBuilder)
 * @param publicInputs number of public inputs
 * @param privateInputs number of private inputs
 * @param labels number of labels in the circuit's symbol space
 * @param constraints the constraints in file order
 * @param wireToLabel the label of each wire
 */
public record R1csFile(
    int wires,
    int publicOutputs,
    int publicInputs,
    int privateInputs,
    long labels,
    List<Constraint> constraints,
    long[] wireToLabel) {

  private static final int HEADER = 1;
  private static final int CONSTRAINTS = 2;
  private static final int WIRE_TO_LABEL = 3;
  private static final int CUSTOM_GATES_LIST = 4;
  private static final int CUSTOM_GATES_USES = 5;
  private static final Map<Integer, String> SECTIONS =
      Map.of(
          HEADER, "header",
          CONSTRAINTS, "constraints",
          WIRE_TO_LABEL, "wire-to-label map",
          CUSTOM_GATES_LIST, "custom gates list",
          CUSTOM_GATES_USES, "custom gates uses");

  /** Checks the counts against each other and copies the collections. */
  public R1csFile {
    constraints = List.copyOf(constraints);
    wireToLabel = wireToLabel.clone();
    if (publicOutputs < 0 || publicInputs < 0 || privateInputs < 0) {
      throw new IllegalArgumentException("negative input count");
    }
    if (1L + publicOutputs + publicInputs + privateInputs > wires) {
      throw new IllegalArgumentException("more inputs than wires");
    }
    if (wireToLabel.length != wires) {
      throw new IllegalArgumentException("the wire-to-label map needs one label per wire");
    }
  }

  /** The file for a circuit built with CircuitBuilder: no outputs, each wire its own label. */
  public static R1csFile of(ConstraintSystem cs) {
    long[] map = new long[cs.numWires()];
    for (int i = 0; i < map.length; i++) {
      map[i] = i;
    }
    return new R1csFile(
        cs.numWires(),
        0,
        cs.numPublicInputs(),
        cs.layout().privateInputs(),
        cs.numWires(),
        cs.constraints(),
        map);
  }

  @Override
  public long[] wireToLabel() {
    return wireToLabel.clone();
  }

  /** The number of public signals of a proof for this circuit (snarkjs's nPublic). */
  public int publicSignals() {
    return publicOutputs + publicInputs;
  }

  /** Reads and validates an .r1cs file. */
  public static R1csFile read(Path path) throws IOException {
    return parse(path.getFileName().toString(), BinFile.map(path));
  }

  /** Parses .r1cs bytes; {@code name} labels errors. */
  public static R1csFile parse(String name, ByteBuffer bytes) throws BinaryFormatException {
    BinFile file = BinFile.parse(name, bytes, "r1cs", 1, SECTIONS);
    if (file.has(CUSTOM_GATES_LIST) || file.has(CUSTOM_GATES_USES)) {
      throw new BinaryFormatException(name + ": custom gates are not supported by Groth16");
    }
    SectionReader h = file.section(HEADER);
    int n8 = h.u32("field size");
    if (n8 != Encoding.FIELD_BYTES) {
      throw h.error("field size " + n8 + " is not the BN254 scalar field's 32 bytes");
    }
    if (!Arrays.equals(h.limbs("prime"), Encoding.R_LIMBS)) {
      throw h.error("the prime is not the BN254 scalar-field modulus");
    }
    int wires = h.u32("wire count");
    int outputs = h.u32("output count");
    int publicInputs = h.u32("public input count");
    int privateInputs = h.u32("private input count");
    long labels = h.u64("label count");
    int count = h.u32("constraint count");
    h.finish();
    if (1L + outputs + publicInputs + privateInputs > wires) {
      throw new BinaryFormatException(
          name
              + ": section 1 (header) declares more inputs and outputs than its "
              + wires
              + " wires");
    }
    SectionReader c = file.section(CONSTRAINTS);
    // Each constraint needs at least its three row lengths: bounds the list before allocating.
    c.require(count, 12, "constraints");
    List<Constraint> constraints = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SparseRow a = row(c, wires, i, "A");
      SparseRow b = row(c, wires, i, "B");
      SparseRow cc = row(c, wires, i, "C");
      constraints.add(new Constraint(a, b, cc, "r1cs[" + i + "]"));
    }
    c.finish();
    SectionReader m = file.section(WIRE_TO_LABEL);
    m.requireSize(8L * wires, wires + " wire labels");
    long[] map = new long[wires];
    for (int i = 0; i < wires; i++) {
      map[i] = m.u64("label of wire " + i);
    }
    return new R1csFile(wires, outputs, publicInputs, privateInputs, labels, constraints, map);
  }

  private static SparseRow row(SectionReader c, int wires, int constraint, String matrix)
      throws BinaryFormatException {
    String where = "constraint " + constraint + " row " + matrix;
    int n = c.u32(where + " term count");
    c.require(n, 4 + Encoding.FIELD_BYTES, "terms in " + where);
    int[] ids = new int[n];
    Fr[] values = new Fr[n];
    for (int i = 0; i < n; i++) {
      ids[i] = c.u32(where + " wire");
      if (ids[i] >= wires) {
        throw c.error(where + " refers to wire " + ids[i] + " of " + wires);
      }
      values[i] = c.fr(where + " coefficient");
    }
    return new SparseRow(ids, values);
  }

  /** Writes the file (version 1; header, constraints, wire-to-label map). */
  public void write(OutputStream out) throws IOException {
    BinFileWriter w = new BinFileWriter("r1cs", 1);
    LeOutput h = w.section(HEADER);
    h.u32(Encoding.FIELD_BYTES);
    h.limbs(Encoding.R_LIMBS);
    h.u32(wires);
    h.u32(publicOutputs);
    h.u32(publicInputs);
    h.u32(privateInputs);
    h.u64(labels);
    h.u32(constraints.size());
    LeOutput c = w.section(CONSTRAINTS);
    for (Constraint k : constraints) {
      writeRow(c, k.a());
      writeRow(c, k.b());
      writeRow(c, k.c());
    }
    LeOutput m = w.section(WIRE_TO_LABEL);
    for (long label : wireToLabel) {
      m.u64(label);
    }
    w.writeTo(out);
  }

  /** Writes the file to {@code path}. */
  public void write(Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(out);
    }
  }

  private static void writeRow(LeOutput out, SparseRow row) {
    out.u32(row.size());
    for (int i = 0; i < row.size(); i++) {
      out.u32(row.wire(i));
      Encoding.writeFr(out, row.coefficient(i));
    }
  }
}
