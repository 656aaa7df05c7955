package io.validium.cli.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;

/** Signed transactions as the sequencer's JSON (docs/protocol.md 12.1). */
public final class TxJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TxJson() {}

  public static String of(Transfer t) {
    ObjectNode n = common("transfer", t.domain());
    n.put("from", Long.toString(t.from().value()));
    n.put("to", Long.toString(t.to().value()));
    n.put("tokenId", Integer.toString(t.token().value()));
    n.put("amount", t.amount().toString());
    n.put("nonce", Long.toString(t.nonce().value()));
    n.set("signature", signature(t.signature()));
    return n.toString();
  }

  public static String of(Withdrawal w) {
    ObjectNode n = common("withdrawal", w.domain());
    n.put("from", Long.toString(w.from().value()));
    n.put("tokenId", Integer.toString(w.token().value()));
    n.put("amount", w.amount().toString());
    n.put("nonce", Long.toString(w.nonce().value()));
    n.put("recipient", w.recipient().toString());
    n.set("signature", signature(w.signature()));
    return n.toString();
  }

  private static ObjectNode common(String type, Domain d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", type);
    n.put("chainId", Long.toString(d.chainId().value()));
    n.put("validium", d.validium().toString());
    return n;
  }

  private static ObjectNode signature(EdDsaSignature s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("r8x", s.r8x().toHexString());
    n.put("r8y", s.r8y().toHexString());
    n.put("s", Fr.fromBigInteger(s.s()).toHexString());
    return n;
  }
}
