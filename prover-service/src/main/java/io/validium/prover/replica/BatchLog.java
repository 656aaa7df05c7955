package io.validium.prover.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The replica's durable record: the data of every applied batch, in order, appended and forced to
 * disk before the batch counts as applied. Each entry is {@code u32 length | data | u32 crc32c}; a
 * torn last entry (a crash mid-append) is cut off on open, and anything else that does not check is
 * corruption, refused.
 */
final class BatchLog implements AutoCloseable {
  private static final int MAX_ENTRY = 64 * 1024 * 1024;

  private final FileChannel channel;
  private final List<byte[]> entries;

  private BatchLog(FileChannel channel, List<byte[]> entries) {
    this.channel = channel;
    this.entries = entries;
  }

  static BatchLog open(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      List<byte[]> entries = new ArrayList<>();
      long size = ch.size();
      long pos = 0;
      while (pos < size) {
        byte[] entry = readEntry(ch, pos, size);
        if (entry == null) {
          if (isTail(ch, pos, size)) {
            break;
          }
          throw new IllegalStateException(file + " is corrupt at byte " + pos);
        }
        entries.add(entry);
        pos += 8 + entry.length;
      }
      ch.truncate(pos);
      ch.position(pos);
      return new BatchLog(ch, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the replica log " + file, e);
    }
  }

  /** The entry at {@code pos}, or null if it is incomplete or does not check. */
  private static byte[] readEntry(FileChannel ch, long pos, long size) throws IOException {
    if (size - pos < 8) {
      return null;
    }
    ByteBuffer len = ByteBuffer.allocate(4);
    ch.read(len, pos);
    int length = len.flip().getInt();
    if (length < 0 || length > MAX_ENTRY || size - pos - 8 < length) {
      return null;
    }
    ByteBuffer body = ByteBuffer.allocate(length + 4);
    while (body.hasRemaining()) {
      ch.read(body, pos + 4 + body.position());
    }
    body.flip();
    byte[] data = new byte[length];
    body.get(data);
    CRC32C crc = new CRC32C();
    crc.update(data);
    return (int) crc.getValue() == body.getInt() ? data : null;
  }

  /**
   * Whether a bad entry at {@code pos} is the torn end of the last append: an append that never
   * completed can only be last, so nothing valid may follow it. Nothing is ever written after an
   * incomplete entry, so a length field that runs past the end is a torn tail.
   */
  private static boolean isTail(FileChannel ch, long pos, long size) throws IOException {
    if (size - pos < 4) {
      return true;
    }
    ByteBuffer len = ByteBuffer.allocate(4);
    ch.read(len, pos);
    int length = len.flip().getInt();
    return length >= 0 && length <= MAX_ENTRY && size - pos - 8 < length;
  }

  /** The applied batches' data, oldest first. */
  List<byte[]> entries() {
    return List.copyOf(entries);
  }

  int size() {
    return entries.size();
  }

  byte[] entry(int i) {
    return entries.get(i);
  }

  /** Appends and forces to disk: when this returns, the entry survives a crash. */
  void append(byte[] data) {
    ByteBuffer buf = ByteBuffer.allocate(8 + data.length);
    CRC32C crc = new CRC32C();
    crc.update(data);
    buf.putInt(data.length).put(data).putInt((int) crc.getValue()).flip();
    try {
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the replica log", e);
    }
    entries.add(data.clone());
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
