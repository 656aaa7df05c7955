package io.validium.dac.rest;

import io.validium.core.codec.BatchCodec;
import io.validium.core.da.Attestation;
import io.validium.core.types.Address;
import io.validium.dac.node.IngestResult;
import java.util.HexFormat;

/**
 * The JSON shapes of the REST API and the Kafka records (protocol.md section 11), and their
 * mapping.
 */
public final class Wire {
  private static final HexFormat HEX = HexFormat.of();

  private Wire() {}

  /** An attestation: {@code header} is the 8.4 encoding, {@code signature} 65 bytes r||s||v. */
  public record AttestationJson(long batchNumber, String member, String signature, String header) {}

  /** A refusal; {@code batchNumber} is null when the header could not be read. */
  public record RefusalJson(Long batchNumber, String member, String reason, String detail) {}

  public static AttestationJson attestation(Attestation a) {
    return new AttestationJson(
        a.header().number().value(),
        Address.wrap(a.signer()).toString(),
        hex(a.signature()),
        hex(BatchCodec.encodeHeader(a.header())));
  }

  public static RefusalJson refusal(IngestResult r, Address member) {
    return new RefusalJson(
        r.batchNumber().map(n -> n.value()).orElse(null),
        member.toString(),
        r.refusal().name(),
        r.detail());
  }

  public static String hex(byte[] b) {
    return "0x" + HEX.formatHex(b);
  }

  /** Parses {@code 0x}-prefixed hex of at most {@code maxBytes} bytes, or returns null. */
  public static byte[] parseHex(String text, int maxBytes) {
    if (text == null || !text.startsWith("0x") || text.length() > 2 + 2L * maxBytes) {
      return null;
    }
    try {
      return HEX.parseHex(text, 2, text.length());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
