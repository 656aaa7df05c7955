package io.validium.sequencer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.validium.core.batch.BatchData;
import io.validium.core.codec.BatchCodec;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.sequencer.engine.TxHash;
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

/**
 * Forced withdrawals relayed from L1 on {@code validium.l1.events} (protocol.md 17.6), through the
 * real broker: included in queue order with deposits, paying {@code min(amount, balance)}, shown in
 * receipts and balances; redelivery changes nothing; garbage goes to the rejected topic.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ForcedWithdrawalTest {
  private static final String L1_EVENTS = "validium.l1.events";
  private static final Address RECIPIENT =
      Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void paysWhatTheBalanceAllowsInQueueOrderAndALaterDepositIsStillIncluded() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(100));
    ForcedWithdrawal full =
        TestChain.nextForcedWithdrawal(a, TokenId.ETH, Amount.of(30), RECIPIENT);
    ForcedWithdrawal partial =
        TestChain.nextForcedWithdrawal(a, TokenId.ETH, Amount.of(1_000), RECIPIENT);
    ForcedWithdrawal empty =
        TestChain.nextForcedWithdrawal(a, TokenId.of(2), Amount.of(5), RECIPIENT);
    for (ForcedWithdrawal f : List.of(full, partial, empty)) {
      relay(f.index(), TestChain.json(f));
    }

    // Opening another account waits for its deposit, queued after the three: no stall.
    AccountId later = Accounts.open(TokenId.ETH, Amount.of(9));

    assertThat(Accounts.balance(later, TokenId.ETH)).isEqualTo("9");
    assertThat(Accounts.balance(a, TokenId.ETH)).isEqualTo("0");
    assertThat(Accounts.get(a).getString("nonce")).as("not an L2 signature").isEqualTo("0");
    JsonPath receipt = receipt(full);
    assertThat(receipt.getString("paid")).isEqualTo("30");
    assertThat(receipt.getString("transaction.type")).isEqualTo("forcedWithdrawal");
    assertThat(receipt.getString("transaction.amount")).isEqualTo("30");
    assertThat(receipt.getString("transaction.recipient")).isEqualTo(RECIPIENT.toString());
    assertThat(receipt.getString("transaction.depositIndex")).isEqualTo(full.index().toString());
    assertThat(receipt.getBoolean("durable")).isTrue();
    assertThat(receipt(partial).getString("paid")).isEqualTo("70");
    assertThat(receipt(partial).getString("transaction.amount")).isEqualTo("1000");
    assertThat(receipt(empty).getString("paid")).isEqualTo("0");

    String batch = receipt.getString("batchNumber");
    Eventually.get(
        () -> given().get("/v1/batches/" + batch).jsonPath(),
        j -> Boolean.TRUE.equals(j.get("published")),
        "batch " + batch + " published");
    assertThat(given().get("/v1/batches/" + batch).jsonPath().getList("transactions"))
        .contains(TxHash.of(full).hex());
    List<ConsumerRecord<String, byte[]>> batches =
        KafkaClients.readUntil(
            "validium.batches", rs -> rs.stream().anyMatch(r -> batch.equals(r.key())));
    BatchData data =
        BatchCodec.decodeData(
                batches.stream()
                    .filter(r -> batch.equals(r.key()))
                    .findFirst()
                    .orElseThrow()
                    .value())
            .value();
    assertThat(data.transactions()).contains(full);
  }

  @Test
  void appliesARedeliveredEntryOnce() {
    AccountId a = TestChain.newAccountId();
    Deposit opening = TestChain.nextDeposit(a, TokenId.ETH, Amount.of(50));
    relay(opening.index(), TestChain.json(opening));
    ForcedWithdrawal f = TestChain.nextForcedWithdrawal(a, TokenId.ETH, Amount.of(20), RECIPIENT);
    relay(f.index(), TestChain.json(f));
    awaitQueuedPast(f.index());
    long sequence = receipt(f).getLong("sequence");

    relay(opening.index(), TestChain.json(opening));
    relay(f.index(), TestChain.json(f));
    Accounts.open(TokenId.ETH, Amount.of(1));

    assertThat(Accounts.balance(a, TokenId.ETH)).isEqualTo("30");
    assertThat(receipt(f).getLong("sequence")).isEqualTo(sequence);
    assertThat(receipt(f).getString("paid")).isEqualTo("20");
    assertThat(entries("forcedWithdrawal", "duplicate")).isGreaterThanOrEqualTo(1);
    assertThat(entries("deposit", "duplicate")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void sendsMalformedForcedWithdrawalsAndOtherL1GarbageToTheRejectedTopicAndKeepsConsuming() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(10));
    String key = "forced-poison-" + UUID.randomUUID();
    // Well-formed, but far ahead of the queue: refused by the state transition function.
    ForcedWithdrawal ahead =
        new ForcedWithdrawal(
            TestChain.DOMAIN, DepositIndex.of(1L << 40), a, TokenId.ETH, Amount.of(1), RECIPIENT);
    String valid = TestChain.json(ahead);

    KafkaClients.send(L1_EVENTS, key, valid.replace("\"amount\":\"1\"", "\"amount\":\"0\""));
    KafkaClients.send(L1_EVENTS, key, valid.replace("}", ",\"deadline\":\"7\"}"));
    KafkaClients.send(L1_EVENTS, key, "{\"type\":\"forcedWithdrawal\"");
    KafkaClients.send(L1_EVENTS, key, valid.replace("\"accountId\"", "\"from\""));
    KafkaClients.send(L1_EVENTS, key, valid);
    KafkaClients.send(L1_EVENTS, key, new byte[] {(byte) 0xc3, (byte) 0x28});
    KafkaClients.send(L1_EVENTS, key, "{\"type\":\"exit\"}");
    KafkaClients.send(L1_EVENTS, key, "{\"type\":\"batchFinalized\"}");
    String deposit = TestChain.json(TestChain.nextDepositPreview(a));
    KafkaClients.send(L1_EVENTS, key, deposit.replaceFirst(",\"publicKey\":\\{[^}]*\\}", ""));
    AccountId later = Accounts.open(TokenId.ETH, Amount.of(3));

    List<JsonNode> mine =
        KafkaClients.readUntil(
                "validium.tx.rejected",
                rs -> rs.stream().filter(r -> key.equals(r.key())).count() >= 9)
            .stream()
            .filter(r -> key.equals(r.key()))
            .map(r -> json(r.value()))
            .toList();
    assertThat(mine)
        .extracting(n -> n.get("reason").asText())
        .containsExactly(
            "INVALID_FIELD",
            "UNKNOWN_FIELD",
            "MALFORMED_JSON",
            "UNKNOWN_FIELD",
            "DEPOSIT_OUT_OF_ORDER",
            "MALFORMED_JSON",
            "UNSUPPORTED_TYPE",
            "INVALID_FIELD",
            "MISSING_FIELD");
    assertThat(mine.get(0).get("field").asText()).isEqualTo("amount");
    assertThat(mine.get(0).get("topic").asText()).isEqualTo(L1_EVENTS);
    assertThat(mine.get(0).get("record").get("type").asText()).isEqualTo("forcedWithdrawal");
    assertThat(mine.get(1).get("field").asText()).isEqualTo("deadline");
    assertThat(mine.get(4).get("txHash").asText()).isEqualTo(TxHash.of(ahead).hex());
    assertThat(mine.get(5).get("recordBase64").asText()).isEqualTo("wyg=");
    assertThat(mine.get(7).get("field").asText()).isEqualTo("batchNumber");
    assertThat(mine.get(8).get("field").asText()).isEqualTo("publicKey");
    assertThat(Accounts.balance(later, TokenId.ETH)).isEqualTo("3");
    assertThat(Accounts.balance(a, TokenId.ETH)).isEqualTo("10");
    assertThat(entries("forcedWithdrawal", "malformed")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void refusesAForcedWithdrawalSubmittedOverRestAsUnsupported() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(10));
    ForcedWithdrawal unsigned =
        new ForcedWithdrawal(
            TestChain.DOMAIN, DepositIndex.of(1L << 40), a, TokenId.ETH, Amount.of(10), RECIPIENT);

    given()
        .contentType(io.restassured.http.ContentType.JSON)
        .body(TestChain.json(unsigned))
        .post("/v1/transactions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("reason", org.hamcrest.Matchers.equalTo("UNSUPPORTED_TYPE"));
    assertThat(Accounts.balance(a, TokenId.ETH)).isEqualTo("10");
  }

  private static void relay(DepositIndex index, String json) {
    KafkaClients.send(L1_EVENTS, index.toString(), json);
  }

  private static void awaitQueuedPast(DepositIndex index) {
    Eventually.get(
        () -> given().get("/v1/roots").jsonPath().getString("nextDepositIndex"),
        next -> Long.parseLong(next) > index.value(),
        "queue entry " + index);
  }

  private static JsonPath receipt(ForcedWithdrawal f) {
    return given()
        .get("/v1/transactions/" + TxHash.of(f).hex())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The priority-entry counter from the Prometheus scrape. */
  private static double entries(String kind, String outcome) {
    String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "validium_sequencer_priority_entries_total\\{([^}]*)\\} ([0-9.eE+-]+)")
            .matcher(scrape);
    while (m.find()) {
      if (m.group(1).contains("kind=\"" + kind + "\"")
          && m.group(1).contains("outcome=\"" + outcome + "\"")) {
        return Double.parseDouble(m.group(2));
      }
    }
    return 0;
  }

  private static JsonNode json(byte[] value) {
    try {
      return MAPPER.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
