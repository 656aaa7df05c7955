package io.validium.cli.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contracts of a deployment, as {@code l1-bridge deploy} writes them to deployment.json. */
public record Deployment(
    long chainId,
    String validium,
    String daVerifier,
    String proofVerifier,
    long deployedAtBlock,
    Path file) {
  private static final long MAX_BYTES = 64 * 1024;

  static Deployment read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new DevnetException(file + " is larger than " + MAX_BYTES + " bytes");
      }
      JsonNode n = new ObjectMapper().readTree(file.toFile());
      return new Deployment(
          n.path("chainId").asLong(),
          address(n, "validium", file),
          address(n, "daVerifier", file),
          address(n, "proofVerifier", file),
          n.path("deployedAtBlock").asLong(),
          file);
    } catch (IOException e) {
      throw new DevnetException("cannot read the deployment " + file + ": " + e.getMessage(), e);
    }
  }

  private static String address(JsonNode n, String field, Path file) {
    String a = n.path(field).asText("");
    if (!a.matches("0x[0-9a-fA-F]{40}")) {
      throw new DevnetException(file + " has no valid address in \"" + field + "\"");
    }
    return a.toLowerCase(java.util.Locale.ROOT);
  }
}
