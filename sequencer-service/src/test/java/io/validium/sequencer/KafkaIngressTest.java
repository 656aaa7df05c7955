package io.validium.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.Accounts;
import io.validium.sequencer.testing.Eventually;
import io.validium.sequencer.testing.KafkaClients;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.TestChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The ingress topic, against the real broker: the same validation as REST, and no poison. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class KafkaIngressTest {
  private static final String INGRESS = "validium.tx.ingress";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void appliesAValidRecordOnceEvenWhenItIsDeliveredTwice() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(50));
    AccountId b = Accounts.open(TokenId.ETH, Amount.of(0));
    String tx = TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 20, 0));

    KafkaClients.send(INGRESS, a.toString(), tx);
    KafkaClients.send(INGRESS, a.toString(), tx);

    Eventually.get(() -> Accounts.balance(b, TokenId.ETH), "20"::equals, "the transfer");
    // A later record from the same sender proves both earlier deliveries were consumed.
    KafkaClients.send(
        INGRESS, a.toString(), TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, 1)));
    Eventually.get(() -> Accounts.balance(b, TokenId.ETH), "21"::equals, "the second transfer");
    assertThat(Accounts.balance(a, TokenId.ETH)).isEqualTo("29");
    assertThat(Accounts.get(a).getString("nonce")).isEqualTo("2");
  }

  @Test
  void decidesAPollOfManyRecordsFromOneSenderInOrderAndCommitsItsOffsetsOnceDurable() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(1_000));
    AccountId b = Accounts.open(TokenId.ETH, Amount.of(0));
    // More records than one prepared chunk (16): chunks are prepared in parallel, decided in
    // order. Few enough that the test profile's bound on unfinalized batches (40 of 4) stays far.
    List<String> txs =
        java.util.stream.IntStream.range(0, 24)
            .mapToObj(n -> TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, n)))
            .toList();

    KafkaClients.sendAll(INGRESS, a.toString(), txs);

    Eventually.get(() -> Accounts.balance(b, TokenId.ETH), "24"::equals, "all 24 transfers");
    assertThat(Accounts.get(a).getString("nonce")).isEqualTo("24");
    Eventually.get(
        () -> KafkaClients.committedToTheEnd("validium-sequencer", INGRESS),
        Boolean::booleanValue,
        "the ingress offsets committed");
  }

  @Test
  void sendsEveryPoisonRecordToTheRejectedTopicWithItsReasonAndKeepsConsuming() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(50));
    AccountId b = Accounts.open(TokenId.ETH, Amount.of(0));
    String key = "poison-" + UUID.randomUUID();
    String valid = TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 7, 0));
    String reusedNonce = TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 8, 0));

    KafkaClients.send(INGRESS, key, "{\"type\":\"transfer\"".getBytes());
    KafkaClients.send(INGRESS, key, new byte[] {(byte) 0xc3, (byte) 0x28, 0, 1});
    KafkaClients.send(INGRESS, key, new byte[0]);
    KafkaClients.send(INGRESS, key, "[\"not an object\"]");
    KafkaClients.send(INGRESS, key, valid.replace("\"from\"", "\"sender\""));
    KafkaClients.send(INGRESS, key, valid.getBytes());
    KafkaClients.send(INGRESS, key, reusedNonce);
    KafkaClients.send(INGRESS, key, "x".repeat(10_000));

    List<ConsumerRecord<String, byte[]>> rejected =
        KafkaClients.readUntil(
            "validium.tx.rejected",
            rs -> rs.stream().filter(r -> key.equals(r.key())).count() >= 7);
    List<JsonNode> mine =
        rejected.stream().filter(r -> key.equals(r.key())).map(r -> json(r.value())).toList();

    assertThat(mine)
        .extracting(n -> n.get("reason").asText())
        .containsExactly(
            "MALFORMED_JSON",
            "MALFORMED_JSON",
            "MALFORMED_JSON",
            "WRONG_SHAPE",
            "UNKNOWN_FIELD",
            "WRONG_NONCE",
            "TOO_LARGE");
    assertThat(mine.get(0).get("recordText").asText()).isEqualTo("{\"type\":\"transfer\"");
    assertThat(mine.get(1).get("recordBase64").asText()).isEqualTo("wygAAQ==");
    assertThat(mine.get(3).get("record").isArray()).isTrue();
    assertThat(mine.get(5).get("record").get("amount").asText()).isEqualTo("8");
    assertThat(mine.get(5).get("txHash").asText()).startsWith("0x");
    assertThat(mine.get(5).get("topic").asText()).isEqualTo(INGRESS);
    assertThat(Accounts.balance(b, TokenId.ETH)).isEqualTo("7");
  }

  private static JsonNode json(byte[] value) {
    try {
      return MAPPER.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
