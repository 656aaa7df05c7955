package io.validium.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates and reads the independent test vectors in {@code <repo root>/../shared/fixtures}. */
public final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** The fixtures directory: from {@code validium.repo.root}, else found by walking up. */
  public static Path directory() {
    String root = System.getProperty("validium.repo.root");
    if (root != null && !root.isBlank()) {
      Path dir = Paths.get(root).resolve("../shared/fixtures").normalize();
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path dir = p.resolve("../shared/fixtures").normalize();
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "shared/fixtures not found; set -Dvalidium.repo.root to the repository root");
  }

  /** Parses one JSON fixture file. */
  public static JsonNode json(String name) {
    try {
      return JSON.readTree(directory().resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
