package io.validium.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.crypto.Keccak256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Logs of a receipt: find one event by signature and read its topics and static data words. */
final class Events {

  private Events() {}

  /** The one log of {@code receipt} whose topic 0 is the event {@code signature}. */
  static JsonNode only(JsonNode receipt, String signature) {
    String topic0 =
        "0x"
            + HexFormat.of()
                .formatHex(Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)));
    List<JsonNode> found = new ArrayList<>();
    receipt
        .get("logs")
        .forEach(
            l -> {
              if (topic0.equals(l.get("topics").get(0).asText())) {
                found.add(l);
              }
            });
    assertThat(found).as("logs %s of %s", signature, receipt.get("logs")).hasSize(1);
    return found.get(0);
  }

  static BigInteger topic(JsonNode log, int i) {
    return new BigInteger(log.get("topics").get(i).asText().substring(2), 16);
  }

  static List<BigInteger> data(JsonNode log) {
    byte[] data = HexFormat.of().parseHex(log.get("data").asText().substring(2));
    List<BigInteger> out = new ArrayList<>();
    for (int i = 0; i < data.length / 32; i++) {
      out.add(Abi.word(data, i));
    }
    return out;
  }
}
