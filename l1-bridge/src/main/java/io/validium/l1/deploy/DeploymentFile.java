package io.validium.l1.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * deployment.json (protocol.md 14.1): where a deployment is and what it was deployed with. Every
 * value is a JSON string; the decimal ones in the text form of protocol.md section 1.
 */
public record DeploymentFile(
    ChainId chainId,
    Address validium,
    Address daVerifier,
    Address proofVerifier,
    long deployedAtBlock,
    Address owner,
    int batchSize,
    int balanceDepth) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");
  private static final Set<String> FIELDS =
      Set.of(
          "chainId",
          "validium",
          "daVerifier",
          "proofVerifier",
          "deployedAtBlock",
          "owner",
          "batchSize",
          "balanceDepth");
  private static final long MAX_BYTES = 4096;

  /** The JSON text, fields in a fixed order. */
  public String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("chainId", Long.toString(chainId.value()));
    o.put("validium", validium.toString());
    o.put("daVerifier", daVerifier.toString());
    o.put("proofVerifier", proofVerifier.toString());
    o.put("deployedAtBlock", Long.toString(deployedAtBlock));
    o.put("owner", owner.toString());
    o.put("batchSize", Integer.toString(batchSize));
    o.put("balanceDepth", Integer.toString(balanceDepth));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the file atomically: a synced temporary file moved over {@code file}. */
  public void write(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".deployment", ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Reads and validates {@code file}; every problem is an IllegalArgumentException saying which.
   */
  public static DeploymentFile read(Path file) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException(file + " is larger than " + MAX_BYTES + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    return parse(text, file.toString());
  }

  /** Parses deployment JSON; {@code source} names it in errors. */
  public static DeploymentFile parse(String text, String source) {
    JsonNode o;
    try {
      o = JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + " is not JSON: " + e.getMessage());
    }
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException(source + " must hold a JSON object");
    }
    for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
      String n = names.next();
      if (!FIELDS.contains(n)) {
        throw new IllegalArgumentException(source + " has an unknown field " + n);
      }
    }
    long chainId = decimal(o, "chainId", source);
    if (chainId < 1) {
      throw new IllegalArgumentException(source + ": chainId must be positive");
    }
    int batchSize = (int) Math.min(decimal(o, "batchSize", source), Integer.MAX_VALUE);
    int depth = (int) Math.min(decimal(o, "balanceDepth", source), Integer.MAX_VALUE);
    if (batchSize < 1 || batchSize > 65_536) {
      throw new IllegalArgumentException(source + ": batchSize must be in 1..65536");
    }
    if (depth < 1 || depth > 16) {
      throw new IllegalArgumentException(source + ": balanceDepth must be in 1..16");
    }
    return new DeploymentFile(
        ChainId.of(chainId),
        address(o, "validium", source),
        address(o, "daVerifier", source),
        address(o, "proofVerifier", source),
        decimal(o, "deployedAtBlock", source),
        address(o, "owner", source),
        batchSize,
        depth);
  }

  private static String text(JsonNode o, String field, String source) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(source + ": " + field + " must be a JSON string");
    }
    return v.asText();
  }

  private static long decimal(JsonNode o, String field, String source) {
    String s = text(o, field, source);
    if (!DECIMAL.matcher(s).matches()) {
      throw new IllegalArgumentException(source + ": " + field + " is not a decimal number: " + s);
    }
    return Long.parseLong(s);
  }

  private static Address address(JsonNode o, String field, String source) {
    String s = text(o, field, source);
    try {
      return Address.parse(s);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(source + ": " + field + " is not an address: " + s);
    }
  }
}
