package io.validium.sequencer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything the sequencer is configured with, under {@code validium.sequencer}. */
@ConfigMapping(prefix = "validium.sequencer")
public interface SequencerConfig {

  /** The deployment every accepted transaction must belong to. */
  DomainConfig domain();

  /** Depth of each account's balance tree (protocol.md section 6). */
  @WithDefault("4")
  int balanceDepth();

  BatchConfig batch();

  BackpressureConfig backpressure();

  RetentionConfig retention();

  LogConfig log();

  LimitsConfig limits();

  CommitteeConfig committee();

  SignaturesConfig signatures();

  /** Verifying submissions' signatures ahead of the decision, on several threads. */
  interface SignaturesConfig {
    /**
     * Verifier threads, and as many again that prepare ingress polls and bulk bodies in chunks
     * (docs/adr/0047); the number of cores by default.
     */
    java.util.Optional<Integer> threads();

    /** Verifications waiting for a thread before the submitter verifies itself. */
    @WithDefault("4096")
    int queue();

    /**
     * The most signatures one thread verifies in one batch, and the largest prepared chunk
     * (docs/adr/0036, 0047).
     */
    @WithDefault("256")
    int maxBatch();
  }

  /** What the sequencer needs to know of the data-availability committee. */
  interface CommitteeConfig {
    /** Distinct members' attestations after which a batch counts as available. */
    @WithDefault("1")
    int threshold();

    /**
     * The members' addresses; an attestation counts only from one of them. When absent, any signer
     * counts whose signature verifies for the member it names.
     */
    java.util.Optional<java.util.List<String>> members();
  }

  /** The deployment: L1 chain id and Validium contract address. */
  interface DomainConfig {
    long chainId();

    String validium();
  }

  /** When a batch closes. */
  interface BatchConfig {
    /** Closes the open batch once it holds this many transactions. */
    @WithDefault("1024")
    int maxTransactions();

    /** Closes a non-empty open batch this long after its first transaction. */
    @WithDefault("2s")
    Duration maxAge();
  }

  /** How far the sequencer may run ahead before it answers 503. */
  interface BackpressureConfig {
    /** Transactions accepted but not yet durable in the log. */
    @WithDefault("20000")
    int maxPendingTransactions();

    /** Closed batches not yet final on L1 (provers or committee behind). */
    @WithDefault("256")
    int maxUnfinalizedBatches();

    /** The Retry-After a 503 carries. */
    @WithDefault("1s")
    Duration retryAfter();
  }

  /** What the sequencer keeps in memory of batches L1 has finalized (docs/adr/0052). */
  interface RetentionConfig {
    /**
     * Final batches kept whole (data, receipts, lifecycle) behind the highest final one; older ones
     * answer 410, and their transactions' receipts 404. At least 1.
     */
    @WithDefault("128")
    int finalBatches();
  }

  /** The accepted-transaction log (docs/adr/0016). */
  interface LogConfig {
    /** Kafka bootstrap servers of the log; the messaging channels' by default. */
    String bootstrapServers();

    @WithDefault("validium.sequencer.log")
    String topic();

    /** 1 on a single local broker; 3 in production, with min.insync.replicas=2. */
    @WithDefault("1")
    short replicationFactor();

    /** How long an append may wait for the log before the sequencer halts. */
    @WithDefault("30s")
    Duration appendTimeout();

    /**
     * The log producer's Kafka transactional id, the same for every instance of this sequencer: a
     * starting instance fences any older one still writing (docs/adr/0029).
     */
    @WithDefault("validium-sequencer")
    String transactionalId();
  }

  /** Input bounds. */
  interface LimitsConfig {
    /** Transactions in one bulk request. */
    @WithDefault("1000")
    int maxBulkTransactions();

    /** Bytes of one transaction's JSON. */
    @WithDefault("4096")
    int maxTransactionJsonBytes();
  }
}
