package io.validium.prover.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.validium.circuit.keys.DevelopmentKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The prover's configuration, under {@code validium.prover}; the Kafka channels have their own. */
@ConfigMapping(prefix = "validium.prover")
public interface ProverConfig {

  /** The deployment whose batches this prover proves. */
  DomainConfig domain();

  /** Transaction slots of the circuit: a batch with more transactions is refused. */
  @WithDefault("1")
  int batchSize();

  /** Depth of every account's balance tree (the deployment's, and the circuit's). */
  @WithDefault("4")
  int balanceDepth();

  /** The proving key. */
  KeyConfig key();

  /** The replica of the L2 state the prover re-executes batches on. */
  ReplicaConfig replica();

  /** The Kafka topic the batches are read from when the replica catches up. */
  @WithDefault("validium.batches")
  String batchTopic();

  /** The brokers, for the catch-up reader. */
  String bootstrapServers();

  /** Upper bound on a batch record's value; larger records are dead-lettered unread. */
  @WithDefault("16777216")
  int maxRecordBytes();

  /** The deployment's (chain id, Validium contract). */
  interface DomainConfig {
    long chainId();

    String validium();
  }

  /** Where the proving key lives and what it must match. */
  interface KeyConfig {
    /** A snarkjs {@code .zkey} file. */
    Path file();

    /**
     * When the file does not exist, write an INSECURE development key there (anyone who knows the
     * seed can forge proofs). Never set on a deployment.
     */
    @WithDefault("false")
    boolean generateDevelopmentKey();

    /** The public seed of the development key. */
    @WithDefault(DevelopmentKey.DEFAULT_SEED)
    String developmentSeed();

    /**
     * SHA-256 (hex) of the verifying key as snarkjs JSON, the key deployed on L1: when set, a key
     * whose verifying key hashes otherwise is refused.
     */
    Optional<String> verifyingKeySha256();
  }

  /** Replica persistence and catch-up. */
  interface ReplicaConfig {
    /** Directory of the applied-batch log. */
    Path directory();

    /** How long to wait for a missing predecessor to appear on the batch topic. */
    @WithDefault("30s")
    Duration catchUpTimeout();
  }
}
