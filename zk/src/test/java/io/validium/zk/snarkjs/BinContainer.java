package io.validium.zk.snarkjs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * An iden3 binary file taken apart into its sections and put back together, so that a test can
 * change one section (shorten it, repeat it, drop it) and still have a well-formed container.
 */
final class BinContainer {
  record Section(int id, byte[] body) {}

  final byte[] magic = new byte[4];
  int version;
  final List<Section> sections = new ArrayList<>();

  static BinContainer of(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    BinContainer c = new BinContainer();
    b.get(c.magic);
    c.version = b.getInt();
    int count = b.getInt();
    for (int i = 0; i < count; i++) {
      int id = b.getInt();
      byte[] body = new byte[(int) b.getLong()];
      b.get(body);
      c.sections.add(new Section(id, body));
    }
    return c;
  }

  /** The body of the first section {@code id}, to edit in place. */
  byte[] body(int id) {
    return sections.stream().filter(s -> s.id() == id).findFirst().orElseThrow().body();
  }

  /** Replaces the first section {@code id}'s body. */
  BinContainer replace(int id, byte[] body) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).id() == id) {
        sections.set(i, new Section(id, body));
        return this;
      }
    }
    throw new IllegalArgumentException("no section " + id);
  }

  byte[] bytes() {
    int size = 12 + sections.stream().mapToInt(s -> 12 + s.body().length).sum();
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.put(magic).putInt(version).putInt(sections.size());
    for (Section s : sections) {
      b.putInt(s.id()).putLong(s.body().length).put(s.body());
    }
    return b.array();
  }
}
