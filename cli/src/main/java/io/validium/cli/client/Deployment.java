package io.validium.cli.client;

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

  public static Deployment read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ClientException(file + " is larger than " + MAX_BYTES + " bytes");
      }
      JsonNode n = new ObjectMapper().readTree(file.toFile());
      return new Deployment(
          decimal(n, "chainId", file),
          address(n, "validium", file),
          address(n, "daVerifier", file),
          address(n, "proofVerifier", file),
          decimal(n, "deployedAtBlock", file),
          file);
    } catch (IOException e) {
      throw new ClientException("cannot read the deployment " + file + ": " + e.getMessage(), e);
    }
  }

  // l1-bridge writes every value as a JSON string (protocol.md 15.1); a missing or garbled number
  // must stop the devnet, not become 0.
  private static long decimal(JsonNode n, String field, Path file) {
    JsonNode v = n.path(field);
    if (!v.isTextual() || !v.asText().matches("0|[1-9][0-9]{0,17}")) {
      throw new ClientException(file + " has no decimal string in \"" + field + "\"");
    }
    return Long.parseLong(v.asText());
  }

  private static String address(JsonNode n, String field, Path file) {
    String a = n.path(field).asText("");
    if (!a.matches("0x[0-9a-fA-F]{40}")) {
      throw new ClientException(file + " has no valid address in \"" + field + "\"");
    }
    return a.toLowerCase(java.util.Locale.ROOT);
  }
}
