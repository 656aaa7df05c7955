package io.validium.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.cli.client.L1Api;
import io.validium.cli.client.L2Api;
import io.validium.cli.client.L2User;
import io.validium.cli.client.TxJson;
import io.validium.cli.devnet.Devnet;
import io.validium.core.codec.TransactionCodec;
import io.validium.core.crypto.Keccak256;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;

/**
 * The whole system, as a user meets it: ETH locked on L1 appears on L2, transfers are accepted over
 * REST and over the Kafka ingress topic, and their batches become final on the Validium contract,
 * which accepts a root only with a Groth16 proof that verifies and a 2-of-3 committee certificate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedDevnet.class)
@Order(1)
class EndToEndIT {
  private static final BigInteger ONE_ETH = BigInteger.TEN.pow(18);

  private Devnet devnet;
  private L2Api l2;
  private L1Api l1;
  private L2User alice;
  private L2User bob;
  private long lastBatch;

  @BeforeAll
  void startDevnet(Devnet shared) {
    devnet = shared;
    l2 = new L2Api(devnet.sequencerUrl());
    l1 = new L1Api(devnet.rpcUrl(), devnet.deployment().chainId(), devnet.deployment().validium());
    Domain domain =
        new Domain(
            new ChainId(devnet.deployment().chainId()),
            Address.parse(devnet.deployment().validium()));
    SecureRandom random = new SecureRandom();
    alice = L2User.create(new AccountId(1), domain, random);
    bob = L2User.create(new AccountId(2), domain, random);
  }

  @AfterAll
  void closeClients() {
    if (l1 != null) {
      l1.close();
    }
  }

  @Test
  @Order(1)
  void ethDepositedOnL1ArrivesInTheL2Account() {
    l1.depositEth(
        Credentials.create(L1Api.USER_KEYS.get(0)), alice.account(), alice.publicKey(), ONE_ETH);
    l1.depositEth(
        Credentials.create(L1Api.USER_KEYS.get(1)), bob.account(), bob.publicKey(), ONE_ETH);

    JsonNode a = await("alice's deposit on L2", () -> l2.account(alice.account()));
    JsonNode b = await("bob's deposit on L2", () -> l2.account(bob.account()));

    assertThat(balance(a)).isEqualTo(ONE_ETH);
    assertThat(balance(b)).isEqualTo(ONE_ETH);
    assertThat(a.path("publicKey").path("x").asText())
        .isEqualTo(alice.publicKey().x().toHexString());
  }

  @Test
  @Order(2)
  void transfersAreAcceptedOverRestAndOverTheKafkaIngressTopic() throws Exception {
    Transfer overRest = alice.transfer(bob.account(), Amount.of(ONE_ETH.divide(BigInteger.TEN)));
    L2Api.Answer rest = l2.submit(TxJson.of(overRest));
    assertThat(rest.status()).as("%s", rest.body()).isEqualTo(202);
    assertThat(rest.txHash()).isEqualTo(txHash(overRest));

    Transfer overKafka =
        bob.transfer(alice.account(), Amount.of(ONE_ETH.divide(BigInteger.valueOf(4))));
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                devnet.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>("validium.tx.ingress", "2", TxJson.of(overKafka))).get();
    }
    // Seen first while the log write is in flight; the record is acknowledged once durable.
    JsonNode receipt =
        await(
            "the Kafka transfer durable at the sequencer",
            () ->
                l2.transaction(txHash(overKafka))
                    .filter(r -> r.path("durable").asBoolean() && r.hasNonNull("batchNumber")));
    lastBatch = Long.parseLong(receipt.path("batchNumber").asText());
    assertThat(lastBatch).isGreaterThan(rest.body().path("batchNumber").asLong());

    JsonNode a = l2.account(alice.account()).orElseThrow();
    assertThat(balance(a))
        .isEqualTo(ONE_ETH.multiply(BigInteger.valueOf(23)).divide(BigInteger.valueOf(20)));
  }

  @Test
  @Order(3)
  void theBatchesBecomeFinalOnL1WithAProofAndACommitteeCertificate() {
    await(
        "batch " + lastBatch + " final on L1",
        () -> l1.nextBatchNumber() > lastBatch ? Optional.of(true) : Optional.empty());
    JsonNode batch =
        await(
            "batch " + lastBatch + " finalized at the sequencer",
            () -> l2.batch(lastBatch).filter(b -> b.path("status").asText().equals("finalized")));

    // The contract moved its root only through submitBatch, which verifies the Groth16 proof with
    // the deployed verifier and the certificate with the committee verifier (2 of 3).
    assertThat(l1.stateRoot()).isEqualTo(batch.path("newRoot").asText());
    assertThat(batch.path("attestations").asInt()).isGreaterThanOrEqualTo(Devnet.THRESHOLD);
    assertThat(l1.processedDeposits()).isEqualTo(2);
    assertThat(l1.gasOfFinalizedBatches()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  @Order(4)
  void withOneCommitteeMemberDownTheNextBatchIsStillFinal() {
    devnet.stop("dac-3");
    try {
      Transfer t = alice.transfer(bob.account(), Amount.of(1000));
      L2Api.Answer a = l2.submit(TxJson.of(t));
      assertThat(a.status()).as("%s", a.body()).isEqualTo(202);
      long batch = a.body().path("batchNumber").asLong();

      await(
          "batch " + batch + " final on L1 with two of three members",
          () -> l1.nextBatchNumber() > batch ? Optional.of(true) : Optional.empty());
      JsonNode b =
          await(
              "batch " + batch + " finalized at the sequencer",
              () -> l2.batch(batch).filter(x -> x.path("status").asText().equals("finalized")));
      assertThat(l1.stateRoot()).isEqualTo(b.path("newRoot").asText());
      assertThat(b.path("attestations").asInt()).isEqualTo(Devnet.THRESHOLD);
    } finally {
      devnet.restart("dac-3");
    }
  }

  @Test
  @Order(5)
  void withTwoMembersDownNothingIsFinalUntilOneReturns() {
    devnet.stop("dac-2");
    devnet.stop("dac-3");
    try {
      long finalBefore = l1.nextBatchNumber();
      Transfer t = bob.transfer(alice.account(), Amount.of(1000));
      L2Api.Answer a = l2.submit(TxJson.of(t));
      assertThat(a.status()).as("%s", a.body()).isEqualTo(202);
      long batch = a.body().path("batchNumber").asLong();

      // The prover does not need the committee: once the proof is there, only the missing
      // signatures keep the batch off L1.
      JsonNode proven =
          await(
              "batch " + batch + " proven",
              () -> l2.batch(batch).filter(x -> x.path("status").asText().equals("proven")));
      assertThat(proven.path("attestations").asInt()).isLessThan(Devnet.THRESHOLD);
      assertThat(l1.nextBatchNumber()).isEqualTo(finalBefore).isLessThanOrEqualTo(batch);

      devnet.restart("dac-2");
      await(
          "batch " + batch + " final on L1 once a second member is back",
          () -> l1.nextBatchNumber() > batch ? Optional.of(true) : Optional.empty());
      assertThat(l1.stateRoot()).isEqualTo(l2.batch(batch).orElseThrow().path("newRoot").asText());
    } finally {
      for (String member : java.util.List.of("dac-2", "dac-3")) {
        if (!devnet.process(member).isAlive()) {
          devnet.restart(member);
        }
      }
    }
  }

  private static BigInteger balance(JsonNode account) {
    for (JsonNode b : account.path("balances")) {
      if (b.path("tokenId").asText().equals("0")) {
        return new BigInteger(b.path("amount").asText());
      }
    }
    return BigInteger.ZERO;
  }

  private static String txHash(Transfer t) {
    return "0x" + HexFormat.of().formatHex(Keccak256.hash(TransactionCodec.encode(t)));
  }

  private <T> T await(String what, Supplier<Optional<T>> probe) {
    return Await.until(devnet, what, probe);
  }
}
