package io.validium.da.committee;

import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.types.BatchNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A signing log in an append-only text file, one {@code number header signature} line per entry,
 * forced to disk before {@link #recordIfAbsent} returns. A torn last line (a crash mid-append) is
 * dropped on open: its signature was never released, because release waits for the force.
 */
public final class FileSigningLog implements SigningLog, AutoCloseable {
  private static final HexFormat HEX = HexFormat.of();

  private final FileChannel channel;
  private final TreeMap<Long, SignedEntry> entries = new TreeMap<>();

  private FileSigningLog(FileChannel channel) {
    this.channel = channel;
  }

  /** Opens (or creates) the log at {@code file}; a corrupt complete line fails the open. */
  public static FileSigningLog open(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    boolean created = !Files.exists(file);
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    if (created) {
      ch.force(true);
      forceDirectory(dir);
    }
    FileSigningLog log = new FileSigningLog(ch);
    try {
      log.load(file);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    return log;
  }

  private void load(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    int lineStart = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        parse(new String(all, lineStart, i - lineStart, StandardCharsets.US_ASCII), file);
        lineStart = i + 1;
      }
    }
    channel.truncate(lineStart);
    channel.position(lineStart);
    channel.force(true);
  }

  private void parse(String line, Path file) {
    try {
      parseEntry(line, file);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("corrupt signing log " + file + ": " + line, e);
    }
  }

  private void parseEntry(String line, Path file) {
    String[] parts = line.split(" ");
    if (parts.length != 3) {
      throw new IllegalStateException("corrupt signing log " + file + ": " + line);
    }
    Decoded<BatchHeader> header = BatchCodec.decodeHeader(HEX.parseHex(parts[1]));
    long number = Long.parseLong(parts[0]);
    if (!header.isOk() || header.value().number().value() != number) {
      throw new IllegalStateException("corrupt signing log " + file + ": " + line);
    }
    SignedEntry previous =
        entries.putIfAbsent(number, new SignedEntry(header.value(), HEX.parseHex(parts[2])));
    if (previous != null) {
      throw new IllegalStateException("signing log " + file + " has two entries for " + number);
    }
  }

  @Override
  public synchronized Optional<SignedEntry> find(BatchNumber number) {
    return Optional.ofNullable(entries.get(number.value()));
  }

  @Override
  public synchronized SignedEntry recordIfAbsent(SignedEntry entry) {
    long number = entry.header().number().value();
    SignedEntry existing = entries.get(number);
    if (existing != null) {
      return existing;
    }
    String line =
        number
            + " "
            + HEX.formatHex(BatchCodec.encodeHeader(entry.header()))
            + " "
            + HEX.formatHex(entry.signature())
            + "\n";
    try {
      ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot persist the signing log", e);
    }
    entries.put(number, entry);
    return entry;
  }

  @Override
  public synchronized Optional<BatchNumber> latest() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(BatchNumber.of(entries.lastKey()));
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }

  private static void forceDirectory(Path dir) {
    // A new file's directory entry must reach the disk too; not every platform can open a
    // directory.
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Windows cannot open directories; there, the file's own force is what we get.
    }
  }
}
