package io.validium.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files whole or not at all, so an interrupted run never leaves half a file. */
public final class OutputFiles {
  private OutputFiles() {}

  public static void writeText(Path file, String text) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UserError(file + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }
}
