package io.validium.l1.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.types.BatchNumber;

/** The values of {@code validium.l1.events} (protocol.md 12.4 and 15.2): UTF-8 JSON. */
public final class EventJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  /** The 12.1 deposit object. */
  public static String deposit(Deposit d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "deposit");
    o.put("chainId", Long.toString(d.domain().chainId().value()));
    o.put("validium", d.domain().validium().toString());
    o.put("depositIndex", Long.toString(d.index().value()));
    o.put("accountId", Integer.toString(d.account().value()));
    ObjectNode key = o.putObject("publicKey");
    key.put("x", field(d.publicKey().x().toBigInteger()));
    key.put("y", field(d.publicKey().y().toBigInteger()));
    o.put("tokenId", Integer.toString(d.token().value()));
    o.put("amount", d.amount().toBigInteger().toString());
    return o.toString();
  }

  /** The 17.6 forced-withdrawal object. */
  public static String forcedWithdrawal(ForcedWithdrawal f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "forcedWithdrawal");
    o.put("chainId", Long.toString(f.domain().chainId().value()));
    o.put("validium", f.domain().validium().toString());
    o.put("depositIndex", Long.toString(f.index().value()));
    o.put("accountId", Integer.toString(f.account().value()));
    o.put("tokenId", Integer.toString(f.token().value()));
    o.put("amount", f.amount().toBigInteger().toString());
    o.put("recipient", f.recipient().toString());
    return o.toString();
  }

  public static String batchSubmitted(BatchNumber n) {
    return batch("batchSubmitted", n).toString();
  }

  public static String batchFinalized(BatchNumber n) {
    return batch("batchFinalized", n).toString();
  }

  public static String batchFailed(BatchNumber n, String reason) {
    return batch("batchFailed", n).put("reason", reason).toString();
  }

  private static ObjectNode batch(String type, BatchNumber n) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", type);
    o.put("batchNumber", Long.toString(n.value()));
    return o;
  }

  private static String field(java.math.BigInteger v) {
    String hex = v.toString(16);
    return "0x" + "0".repeat(64 - hex.length()) + hex;
  }
}
