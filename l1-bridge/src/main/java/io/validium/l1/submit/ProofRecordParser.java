package io.validium.l1.submit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.field.Fr;
import io.validium.core.state.L1Withdrawal;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.zk.groth16.Proof;
import io.validium.zk.snarkjs.SnarkjsJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code validium.proofs} value (protocol.md 13) strictly: every refusal is {@code
 * MALFORMED_PROOF} with a detail naming the field. What it says about the batch is checked against
 * the batch itself by {@link L1OpsCheck}.
 */
final class ProofRecordParser {

  /** The proof, its signals and the envelope: a few kilobytes. */
  static final int MAX_ENVELOPE_BYTES = 64 * 1024;

  /** A batch holds at most 65,536 transactions, so at most as many withdrawals. */
  static final int MAX_WITHDRAWALS = 65_536;

  /** The longest withdrawal object: a 42-character address, 5 digits, 29 digits and the names. */
  static final int MAX_WITHDRAWAL_BYTES = 160;

  static final int MAX_RECORD_BYTES = MAX_ENVELOPE_BYTES + MAX_WITHDRAWALS * MAX_WITHDRAWAL_BYTES;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> WITHDRAWAL_FIELDS = Set.of("recipient", "tokenId", "amount");

  private ProofRecordParser() {}

  /** The parsed record, or the refusal (always {@link Refusal#MALFORMED_PROOF}) with its detail. */
  record Parsed(ProvenBatch batch, String refusal) {
    boolean isOk() {
      return batch != null;
    }
  }

  static Parsed parse(byte[] value) {
    try {
      return new Parsed(read(value), null);
    } catch (Malformed e) {
      return new Parsed(null, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return new Parsed(null, String.valueOf(e.getMessage()));
    }
  }

  private static ProvenBatch read(byte[] value) throws IOException {
    JsonNode o = JSON.readTree(value);
    if (o == null || !o.isObject()) {
      throw new Malformed("a proof record is a JSON object");
    }
    JsonNode num = o.get("batchNumber");
    if (num == null || !num.canConvertToExactIntegral() || num.asLong() < 0) {
      throw new Malformed("batchNumber must be a whole number");
    }
    JsonNode p = o.get("proof");
    JsonNode s = o.get("publicSignals");
    if (p == null || !p.isObject() || s == null || !s.isArray() || s.size() != 4) {
      throw new Malformed("needs a proof object and four publicSignals");
    }
    Proof proof = SnarkjsJson.readProof(p.toString());
    List<String> signals = new ArrayList<>();
    for (JsonNode v : s) {
      if (!v.isTextual()) {
        throw new Malformed("publicSignals are decimal strings");
      }
      signals.add(v.asText());
    }
    Fr chainBefore = field(text(o, "depositChainBefore"), "depositChainBefore");
    long countAfter = decimal(text(o, "depositCountAfter"), "depositCountAfter");
    return new ProvenBatch(
        num.asLong(), proof, signals, chainBefore, countAfter, withdrawals(o.get("withdrawals")));
  }

  private static List<L1Withdrawal> withdrawals(JsonNode ws) {
    if (ws == null || !ws.isArray()) {
      throw new Malformed("withdrawals must be an array (empty for a batch without any)");
    }
    if (ws.size() > MAX_WITHDRAWALS) {
      throw new Malformed(
          "withdrawals has " + ws.size() + " entries, more than a batch's " + MAX_WITHDRAWALS);
    }
    List<L1Withdrawal> out = new ArrayList<>(ws.size());
    for (int j = 0; j < ws.size(); j++) {
      JsonNode w = ws.get(j);
      String at = "withdrawals[" + j + "]";
      if (!w.isObject()) {
        throw new Malformed(at + " must be an object {recipient, tokenId, amount}");
      }
      for (Iterator<String> names = w.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!WITHDRAWAL_FIELDS.contains(name)) {
          throw new Malformed(at + " has the unknown field " + name);
        }
      }
      out.add(
          new L1Withdrawal(
              typed(() -> Address.parse(text(w, "recipient")), at + ".recipient"),
              typed(() -> TokenId.parse(text(w, "tokenId")), at + ".tokenId"),
              typed(() -> Amount.parse(text(w, "amount")), at + ".amount")));
    }
    return out;
  }

  private static <T> T typed(java.util.function.Supplier<T> parse, String field) {
    try {
      return parse.get();
    } catch (Malformed e) {
      throw new Malformed(field + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new Malformed(field + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null) {
      throw new Malformed(field + " is missing");
    }
    if (!v.isTextual()) {
      throw new Malformed(field + " must be a JSON string");
    }
    return v.asText();
  }

  private static Fr field(String text, String field) {
    if (!text.matches("0|[1-9][0-9]{0,77}")) {
      throw new Malformed(field + " must be a decimal field element, not " + abbreviate(text));
    }
    try {
      return Fr.fromDecimal(text);
    } catch (IllegalArgumentException e) {
      throw new Malformed(field + " is not below the field modulus");
    }
  }

  private static long decimal(String text, String field) {
    try {
      return DepositIndex.parse(text).value();
    } catch (IllegalArgumentException e) {
      throw new Malformed(field + ": " + e.getMessage());
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? "\"" + s + "\"" : "\"" + s.substring(0, 40) + "...\"";
  }

  /** A refusal whose message is the dead-letter detail. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
