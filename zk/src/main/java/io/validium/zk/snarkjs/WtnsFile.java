package io.validium.zk.snarkjs;

import io.validium.core.field.Fr;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A full witness in the iden3 .wtns binary format (version 2, as circom's witness calculators and
 * snarkjs write it): a header with the field and the wire count, then one plain little-endian value
 * per wire, wire 0 first.
 */
public final class WtnsFile {

  private static final int HEADER = 1;
  private static final int VALUES = 2;
  private static final Map<Integer, String> SECTIONS = Map.of(HEADER, "header", VALUES, "values");

  private WtnsFile() {}

  /** Reads and validates a .wtns file, returning the wire values. */
  public static Fr[] read(Path path) throws IOException {
    return parse(path.getFileName().toString(), BinFile.map(path));
  }

  /** Parses .wtns bytes; {@code name} labels errors. */
  public static Fr[] parse(String name, ByteBuffer bytes) throws BinaryFormatException {
    BinFile file = BinFile.parse(name, bytes, "wtns", 2, SECTIONS);
    SectionReader h = file.section(HEADER);
    int n8 = h.u32("field size");
    if (n8 != Encoding.FIELD_BYTES) {
      throw h.error("field size " + n8 + " is not the BN254 scalar field's 32 bytes");
    }
    if (!Arrays.equals(h.limbs("prime"), Encoding.R_LIMBS)) {
      throw h.error("the prime is not the BN254 scalar-field modulus");
    }
    int count = h.u32("witness count");
    h.finish();
    SectionReader v = file.section(VALUES);
    v.requireSize((long) count * Encoding.FIELD_BYTES, count + " witness values");
    Fr[] values = new Fr[count];
    for (int i = 0; i < count; i++) {
      values[i] = v.fr("wire " + i);
    }
    return values;
  }

  /** Writes {@code values} (wire 0 first) as a version-2 .wtns file. */
  public static void write(Fr[] values, OutputStream out) throws IOException {
    BinFileWriter w = new BinFileWriter("wtns", 2);
    LeOutput h = w.section(HEADER);
    h.u32(Encoding.FIELD_BYTES);
    h.limbs(Encoding.R_LIMBS);
    h.u32(values.length);
    LeOutput v = w.section(VALUES);
    for (Fr x : values) {
      Encoding.writeFr(v, x);
    }
    w.writeTo(out);
  }

  /** Writes {@code values} to {@code path}. */
  public static void write(Fr[] values, Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(values, out);
    }
  }
}
