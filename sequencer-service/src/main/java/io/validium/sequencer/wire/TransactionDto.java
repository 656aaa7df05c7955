package io.validium.sequencer.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A transaction on the wire (REST bodies, the ingress topic, receipts); every integer is a decimal
 * string and every field element {@code 0x} and 64 hex digits (docs/protocol.md, "Sequencer API").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionDto(
    String type,
    String chainId,
    String validium,
    String from,
    String to,
    String tokenId,
    String amount,
    String nonce,
    String recipient,
    SignatureDto signature,
    String depositIndex,
    String accountId,
    PublicKeyDto publicKey) {

  /** An EdDSA-Poseidon signature: the point R8 and the scalar S. */
  public record SignatureDto(String r8x, String r8y, String s) {}

  /** A Baby Jubjub public key. */
  public record PublicKeyDto(String x, String y) {}
}
