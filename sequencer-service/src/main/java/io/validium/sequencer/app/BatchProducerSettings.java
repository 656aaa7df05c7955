package io.validium.sequencer.app;

import io.smallrye.common.annotation.Identifier;
import io.validium.core.batch.BatchData;
import io.validium.core.codec.BatchCodec;
import io.validium.core.tx.TxType;
import io.validium.core.types.Address;
import io.validium.sequencer.config.SequencerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The batch producer's Kafka settings that follow from the sequencer's own batch bound: {@code
 * max.request.size} is the largest batch record that {@code
 * validium.sequencer.batch.max-transactions} allows (Kafka's default, 1 MiB, holds only about 6,500
 * transfers), so a full batch is never refused by the producer. The broker ({@code
 * message.max.bytes}) and the batch topic ({@code max.message.bytes}) must accept as much;
 * docs/adr/0036.
 */
@ApplicationScoped
public class BatchProducerSettings {
  /** The identifier the {@code batches-out} channel names in {@code kafka-configuration}. */
  public static final String NAME = "validium-batches-producer";

  /** Kafka's framing of one record batch of one record, its key and its header name, with room. */
  static final int RECORD_OVERHEAD = 4096;

  /** Kafka's default {@code max.request.size}. */
  static final int KAFKA_DEFAULT = 1024 * 1024;

  @Produces
  @ApplicationScoped
  @Identifier(NAME)
  Map<String, Object> settings(SequencerConfig config) {
    return Map.of(
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes(config.batch().maxTransactions()));
  }

  /**
   * The largest record of a batch of at most {@code maxTransactions}: the data (version, domain,
   * number, count and the transactions at the longest type's length), the header, the overhead; at
   * least 1 MiB.
   */
  public static int maxRecordBytes(int maxTransactions) {
    if (maxTransactions < 1 || maxTransactions > BatchData.MAX_TRANSACTIONS) {
      throw new IllegalArgumentException(
          "validium.sequencer.batch.max-transactions must be in [1, "
              + BatchData.MAX_TRANSACTIONS
              + "], is "
              + maxTransactions);
    }
    int longest = 0;
    for (TxType t : TxType.values()) {
      longest = Math.max(longest, t.encodedLength());
    }
    int prefix = 1 + 8 + Address.BYTES + 8 + 4;
    int bound = prefix + maxTransactions * longest + BatchCodec.HEADER_BYTES + RECORD_OVERHEAD;
    // Never below Kafka's own default, which also bounds how many record batches share a request.
    return Math.max(KAFKA_DEFAULT, bound);
  }
}
