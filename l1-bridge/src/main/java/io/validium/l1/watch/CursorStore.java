package io.validium.l1.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The watcher's cursor in {@code <state>/cursor.json}, replaced atomically: written to a temporary
 * file, synced, renamed over the old one, and the directory synced, so a crash leaves the old or
 * the new cursor, never a torn one.
 */
public final class CursorStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BYTES = 4096;

  private final Path dir;
  private final Path file;

  public CursorStore(Path stateDirectory) {
    this.dir = stateDirectory.toAbsolutePath();
    this.file = dir.resolve("cursor.json");
  }

  /** The stored cursor, if any; a corrupt file is an error (the operator must look at it). */
  public Optional<Cursor> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalStateException(file + " is larger than " + MAX_BYTES + " bytes");
      }
      JsonNode o = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      return Optional.of(
          new Cursor(
              Long.parseLong(o.path("lastBlock").asText()),
              o.path("lastHash").asText(),
              Long.parseLong(o.path("nextDeposit").asText()),
              Long.parseLong(o.path("nextFinalized").asText())));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the cursor " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the stored cursor; returns only once it is durable. */
  public void save(Cursor c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("lastBlock", Long.toString(c.lastBlock()));
    o.put("lastHash", c.lastHash());
    o.put("nextDeposit", Long.toString(c.nextDeposit()));
    o.put("nextFinalized", Long.toString(c.nextFinalized()));
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve("cursor.json.tmp");
      try (FileChannel ch =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(ByteBuffer.wrap(o.toString().getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      } catch (IOException e) {
        // Some file systems cannot sync a directory; the rename itself is still atomic.
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cursor " + file, e);
    }
  }
}
