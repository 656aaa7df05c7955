package io.validium.zk.snarkjs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Assembles an iden3 binary container: magic, version, then sections in the order added. */
final class BinFileWriter {

  private final String type;
  private final int version;
  private final List<Integer> ids = new ArrayList<>();
  private final List<LeOutput> contents = new ArrayList<>();

  BinFileWriter(String type, int version) {
    if (type.length() != 4) {
      throw new IllegalArgumentException("magic must have four characters: " + type);
    }
    this.type = type;
    this.version = version;
  }

  /** Starts section {@code id} and returns the sink for its contents. */
  LeOutput section(int id) {
    LeOutput out = new LeOutput();
    ids.add(id);
    contents.add(out);
    return out;
  }

  void writeTo(OutputStream out) throws IOException {
    LeOutput head = new LeOutput();
    head.bytes(type.getBytes(StandardCharsets.ISO_8859_1));
    head.u32(version);
    head.u32(ids.size());
    head.writeTo(out);
    for (int i = 0; i < ids.size(); i++) {
      LeOutput sectionHead = new LeOutput();
      sectionHead.u32(ids.get(i));
      sectionHead.u64(contents.get(i).size());
      sectionHead.writeTo(out);
      contents.get(i).writeTo(out);
    }
  }

  byte[] toByteArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
