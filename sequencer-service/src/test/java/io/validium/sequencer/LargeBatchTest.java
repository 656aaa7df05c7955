package io.validium.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.validium.core.batch.BatchData;
import io.validium.core.codec.BatchCodec;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import io.validium.sequencer.app.BatchProducerSettings;
import io.validium.sequencer.app.KafkaBatchSink;
import io.validium.sequencer.engine.Admission;
import io.validium.sequencer.engine.Ledger;
import io.validium.sequencer.engine.SealedBatch;
import io.validium.sequencer.engine.TxHash;
import io.validium.sequencer.testing.KafkaClients;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.TestChain;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A batch of more than 1 MiB (Kafka's default request and message bound) goes through the
 * sequencer's batch producer to the batch topic of a real kafka-local broker, with the producer
 * bound derived from {@code batch.max-transactions}.
 */
@QuarkusTest
@TestProfile(LargeBatchTest.LargeBatches.class)
@QuarkusTestResource(KafkaTestResource.class)
class LargeBatchTest {
  private static final int TRANSFERS = 7_000;

  /** Batches of up to 8,192 transactions, as a production sequencer might close. */
  public static class LargeBatches implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("validium.sequencer.batch.max-transactions", "8192");
    }
  }

  @Inject KafkaBatchSink sink;

  @Test
  void publishesABatchOfMoreThanOneMebibyteToTheBatchTopic() throws Exception {
    SealedBatch batch = largeBatch();
    byte[] encoded = BatchCodec.encodeData(batch.data());
    assertThat(encoded.length).isGreaterThan(1 << 20);
    assertThat(BatchProducerSettings.maxRecordBytes(8192)).isGreaterThan(encoded.length);

    sink.publish(batch).toCompletableFuture().get(120, TimeUnit.SECONDS);

    String key = Long.toString(batch.number().value());
    ConsumerRecord<String, byte[]> record =
        KafkaClients.readUntil("validium.batches", rs -> rs.stream().anyMatch(r -> isOurs(r, key)))
            .stream()
            .filter(r -> isOurs(r, key))
            .findFirst()
            .orElseThrow();
    assertThat(record.value()).isEqualTo(encoded);
    BatchData decoded = BatchCodec.decodeData(record.value()).value();
    assertThat(decoded.transactions()).hasSize(TRANSFERS + 2);
    assertThat(decoded.commitment()).isEqualTo(batch.header().commitment());
  }

  private static boolean isOurs(ConsumerRecord<String, byte[]> r, String key) {
    return r.key().equals(key) && r.value().length > 1 << 20;
  }

  /**
   * Two deposits and 7,000 transfers in one batch of a ledger of the test's own; the transport is
   * under test here, so every signature is taken as valid.
   */
  private static SealedBatch largeBatch() {
    Ledger ledger = new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    AccountId a = AccountId.of(1);
    AccountId b = AccountId.of(2);
    Instant now = Instant.now();
    for (AccountId id : new AccountId[] {a, b}) {
      Deposit d =
          new Deposit(
              TestChain.DOMAIN,
              DepositIndex.of(id.value() - 1L),
              id,
              TestChain.key(id).publicKey(),
              TokenId.ETH,
              Amount.of(1_000_000));
      assertThat(ledger.admit(d, TxHash.of(d), now)).isInstanceOf(Admission.Accepted.class);
    }
    EdDsaSignature any = TestChain.key(a).sign(Fr.ONE);
    for (int n = 0; n < TRANSFERS; n++) {
      Transfer t =
          new Transfer(TestChain.DOMAIN, a, b, TokenId.ETH, Amount.of(1), Nonce.of(n), any);
      assertThat(ledger.admit(t, TxHash.of(t), now, (key, tx) -> true))
          .isInstanceOf(Admission.Accepted.class);
    }
    return ledger.seal(now);
  }
}
