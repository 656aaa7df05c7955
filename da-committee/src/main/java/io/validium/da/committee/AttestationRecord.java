package io.validium.da.committee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.da.Attestation;
import io.validium.core.types.Address;
import java.util.HexFormat;
import java.util.Set;

/**
 * The attestation record members publish on {@code validium.attestations} (protocol.md 11.4):
 * {@code {"batchNumber":n,"member":"0x..","signature":"0x..","header":"0x.."}}. For collectors that
 * read the topic: every field is checked before an {@link Attestation} is made of it.
 */
public final class AttestationRecord {
  /** No honest record is near this size; anything larger is refused unread. */
  public static final int MAX_BYTES = 2048;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();
  private static final Set<String> FIELDS = Set.of("batchNumber", "member", "signature", "header");

  private AttestationRecord() {}

  /** Why a record could not be read. */
  public enum Refusal {
    TOO_LARGE,
    MALFORMED_JSON,
    BAD_FIELD,
    NUMBER_MISMATCH
  }

  /** An attestation, or the refusal with its detail. */
  public record Parsed(Attestation attestation, Refusal refusal, String detail) {
    static Parsed refused(Refusal r, String detail) {
      return new Parsed(null, r, detail);
    }

    public boolean isOk() {
      return refusal == null;
    }
  }

  public static String format(Attestation a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("batchNumber", a.header().number().value());
    o.put("member", Address.wrap(a.signer()).toString());
    o.put("signature", "0x" + HEX.formatHex(a.signature()));
    o.put("header", "0x" + HEX.formatHex(BatchCodec.encodeHeader(a.header())));
    return o.toString();
  }

  public static Parsed parse(byte[] json) {
    if (json == null || json.length > MAX_BYTES) {
      return Parsed.refused(Refusal.TOO_LARGE, "a record holds at most " + MAX_BYTES + " bytes");
    }
    JsonNode o;
    try {
      o = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return Parsed.refused(Refusal.MALFORMED_JSON, e.getOriginalMessage());
    } catch (java.io.IOException e) {
      return Parsed.refused(Refusal.MALFORMED_JSON, e.getMessage());
    }
    if (o == null || !o.isObject() || o.size() != FIELDS.size()) {
      return Parsed.refused(Refusal.BAD_FIELD, "an object with exactly " + FIELDS + " is expected");
    }
    for (String f : FIELDS) {
      if (!o.has(f)) {
        return Parsed.refused(Refusal.BAD_FIELD, "missing " + f);
      }
    }
    JsonNode n = o.get("batchNumber");
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
      return Parsed.refused(Refusal.BAD_FIELD, "batchNumber must be a non-negative integer");
    }
    Address member;
    try {
      member = Address.parse(o.get("member").asText());
    } catch (IllegalArgumentException e) {
      return Parsed.refused(Refusal.BAD_FIELD, "member: " + e.getMessage());
    }
    byte[] signature = hex(o.get("signature"), EcdsaSignatures.BYTES);
    if (signature == null) {
      return Parsed.refused(Refusal.BAD_FIELD, "signature must be 0x and 65 bytes of hex");
    }
    byte[] headerBytes = hex(o.get("header"), BatchCodec.HEADER_BYTES);
    Decoded<BatchHeader> header =
        headerBytes == null
            ? Decoded.error(io.validium.core.codec.DecodeError.Reason.TRUNCATED, "not 137 bytes")
            : BatchCodec.decodeHeader(headerBytes);
    if (!header.isOk()) {
      return Parsed.refused(Refusal.BAD_FIELD, "header: " + header.error());
    }
    if (header.value().number().value() != n.asLong()) {
      return Parsed.refused(
          Refusal.NUMBER_MISMATCH,
          "batchNumber " + n.asLong() + ", header of batch " + header.value().number());
    }
    return new Parsed(
        new Attestation(CommitteeScheme.NAME, header.value(), member.toBytes(), signature),
        null,
        "ok");
  }

  private static byte[] hex(JsonNode node, int bytes) {
    String t = node.isTextual() ? node.asText() : "";
    if (t.length() != 2 + 2 * bytes || !t.startsWith("0x")) {
      return null;
    }
    try {
      return HEX.parseHex(t, 2, t.length());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
