package io.validium.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads user-named input files with a size bound and an error that names the file. */
public final class InputFiles {
  private InputFiles() {}

  public static String readText(Path file, long maxBytes) {
    return new String(readBytes(file, maxBytes), StandardCharsets.UTF_8);
  }

  public static byte[] readBytes(Path file, long maxBytes) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new UserError(file + ": no such file");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UserError(
            file + ": " + size + " bytes is more than the " + maxBytes + " allowed");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file", e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
