package io.validium.zk.snarkjs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The container shared by the iden3 binary formats: a four-byte magic, a u32 version, a u32 section
 * count, then sections of (u32 id, u64 size, bytes), all little-endian.
 *
 * <p>Parsing checks that every section lies inside the file before anything reads it, so a
 * truncated file is reported with the section it cuts rather than as a stray buffer underflow, and
 * that the sections end where the file ends.
 */
final class BinFile {

  private static final int PREAMBLE = 12;
  private static final int SECTION_HEADER = 12;

  private final String name;
  private final int version;
  private final ByteBuffer data;
  private final Map<Integer, List<long[]>> sections;
  private final Map<Integer, String> sectionNames;

  private BinFile(
      String name,
      int version,
      ByteBuffer data,
      Map<Integer, List<long[]>> sections,
      Map<Integer, String> sectionNames) {
    this.name = name;
    this.version = version;
    this.data = data;
    this.sections = sections;
    this.sectionNames = sectionNames;
  }

  /** Maps a whole file; files of 2 GiB and more are refused because a buffer cannot span them. */
  static ByteBuffer map(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE) {
        throw new BinaryFormatException(
            path.getFileName()
                + ": files of 2 GiB and more are not supported ("
                + size
                + " bytes)");
      }
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
    }
  }

  /**
   * Parses the container of {@code data}, named {@code name} in errors, expecting magic {@code
   * type} and a version in {@code [1, maxVersion]}; {@code sectionNames} label sections in errors.
   */
  static BinFile parse(
      String name, ByteBuffer data, String type, int maxVersion, Map<Integer, String> sectionNames)
      throws BinaryFormatException {
    ByteBuffer b = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    b.position(0);
    long length = b.limit();
    if (length < PREAMBLE) {
      throw new BinaryFormatException(
          name + ": " + length + " bytes is too short for the " + type + " file header");
    }
    byte[] magic = new byte[4];
    b.get(magic);
    String found = new String(magic, StandardCharsets.ISO_8859_1);
    if (!found.equals(type)) {
      throw new BinaryFormatException(
          name + ": not a " + type + " file (magic '" + printable(found) + "')");
    }
    int version = b.getInt();
    if (version < 1 || version > maxVersion) {
      throw new BinaryFormatException(
          name + ": " + type + " version " + Integer.toUnsignedString(version) + " not supported");
    }
    long count = Integer.toUnsignedLong(b.getInt());
    Map<Integer, List<long[]>> sections = new HashMap<>();
    long pos = PREAMBLE;
    for (long i = 0; i < count; i++) {
      if (pos + SECTION_HEADER > length) {
        throw new BinaryFormatException(
            name
                + ": the header of section "
                + (i + 1)
                + " of "
                + count
                + " ends at byte "
                + (pos + SECTION_HEADER)
                + " but the file has "
                + length);
      }
      int id = b.getInt((int) pos);
      long size = b.getLong((int) pos + 4);
      long start = pos + SECTION_HEADER;
      if (size < 0 || start + size > length) {
        throw new BinaryFormatException(
            name
                + ": section "
                + label(sectionNames, id)
                + " ends at byte "
                + (size < 0 ? Long.toUnsignedString(size) : start + size)
                + " but the file has "
                + length);
      }
      sections.computeIfAbsent(id, k -> new ArrayList<>()).add(new long[] {start, size});
      pos = start + size;
    }
    if (pos != length) {
      // Whatever follows the last section was not written by a tool that knows the format.
      throw new BinaryFormatException(
          name
              + ": "
              + (length - pos)
              + " trailing bytes after the last of "
              + count
              + " sections, from byte "
              + pos);
    }
    return new BinFile(name, version, b, sections, sectionNames);
  }

  private static String printable(String s) {
    return s.replaceAll("[^\\x20-\\x7e]", "?");
  }

  private static String label(Map<Integer, String> names, int id) {
    String n = names.get(id);
    return Integer.toUnsignedString(id) + (n == null ? "" : " (" + n + ")");
  }

  /** The file name used in errors. */
  String name() {
    return name;
  }

  /** The container version. */
  int version() {
    return version;
  }

  /** Whether section {@code id} is present at least once. */
  boolean has(int id) {
    return sections.containsKey(id);
  }

  /** The size of the unique section {@code id}. */
  long size(int id) throws BinaryFormatException {
    return unique(id)[1];
  }

  /** A reader over the unique section {@code id}; missing or repeated sections are errors. */
  SectionReader section(int id) throws BinaryFormatException {
    long[] s = unique(id);
    ByteBuffer slice = data.duplicate();
    slice.position((int) s[0]).limit((int) (s[0] + s[1]));
    return new SectionReader(
        name, label(sectionNames, id), slice.slice().order(ByteOrder.LITTLE_ENDIAN), s[0]);
  }

  private long[] unique(int id) throws BinaryFormatException {
    List<long[]> found = sections.get(id);
    if (found == null) {
      throw new BinaryFormatException(name + ": section " + label(sectionNames, id) + " missing");
    }
    if (found.size() > 1) {
      throw new BinaryFormatException(
          name + ": section " + label(sectionNames, id) + " appears " + found.size() + " times");
    }
    return found.get(0);
  }
}
