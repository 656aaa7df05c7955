package io.validium.l1.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The l1-bridge service's configuration (README: the table of keys and environment variables). */
@ConfigMapping(prefix = "validium.l1")
public interface L1Config {

  /** The L1 node's JSON-RPC endpoint. */
  String rpcUrl();

  /** deployment.json of the deploy command: contract addresses, chain id, deployment block. */
  Path deploymentFile();

  /** A V3 keystore holding the submitting key (with {@link #keyPasswordFile()}). */
  Optional<Path> keyFile();

  Optional<Path> keyPasswordFile();

  /** Alternatively a file holding the key as 0x and 64 hex digits (a Kubernetes secret). */
  Optional<Path> privateKeyFile();

  /** How many blocks behind the head the watcher stays; 0 for a devnet. */
  @WithDefault("2")
  int confirmations();

  /** Where the watcher's cursor lives. */
  Path stateDirectory();

  /** How often the watcher and the submitter look at L1 when there is nothing to do. */
  @WithDefault("1s")
  Duration pollInterval();

  /** At most this many blocks per eth_getLogs. */
  @WithDefault("1000")
  int maxBlockRange();

  /** How far back the watcher rescans when its last block is no longer canonical. */
  @WithDefault("64")
  int reorgRewindBlocks();

  /** The longest wait between retries while the RPC endpoint or the broker is down. */
  @WithDefault("30s")
  Duration maxRetryDelay();

  String bootstrapServers();

  /** The topic the watcher and the submitter publish L1 events on. */
  @WithDefault("validium.l1.events")
  String eventsTopic();

  Submitter submitter();

  /** Batch submission. */
  interface Submitter {
    /** Whether this instance submits batches (one submitter per deployment is enough). */
    @WithDefault("true")
    boolean enabled();

    /** A submission not mined within this time is replaced with higher fees, same nonce. */
    @WithDefault("30s")
    Duration resubmitAfter();

    /** How many batches may wait for their proof or certificate at once. */
    @WithDefault("1024")
    int maxPendingBatches();
  }
}
