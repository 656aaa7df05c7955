package io.validium.dac.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The dac-node's whole configuration, under {@code dac.}. */
@ConfigMapping(prefix = "dac")
public interface DacConfig {

  /** A name unique among the members; it names the member's Kafka consumer group. */
  @WithDefault("member")
  String memberName();

  /** The deployment the member serves: L1 chain id and Validium contract address. */
  long chainId();

  String validium();

  @WithDefault("4")
  int balanceDepth();

  Store store();

  Key key();

  Api api();

  Peers peers();

  /** Other members to fetch batches from when Kafka no longer holds them. */
  interface Peers {
    /** Base URLs of other members' REST APIs, e.g. {@code http://dac-2:8090}. */
    Optional<java.util.List<java.net.URI>> urls();

    /** The read token the peers require, if they require one. */
    Optional<String> token();

    /** How long one request to a peer may take. */
    @WithDefault("PT10S")
    java.time.Duration timeout();
  }

  /** Where batches and the signing log live. */
  interface Store {
    /** {@code embedded} (Infinispan with a file store, the default) or {@code remote} (Hot Rod). */
    @WithDefault("embedded")
    Kind kind();

    /** The embedded store's data directory. */
    @WithDefault("data/dac")
    Path dataDir();

    /** How many batches the embedded store keeps on the heap. */
    @WithDefault("256")
    long batchesInMemory();

    /** The Hot Rod URI of the remote cluster, e.g. {@code hotrod://host:11222}. */
    Optional<String> hotrodUri();

    /** Storage kinds. */
    enum Kind {
      EMBEDDED,
      REMOTE
    }
  }

  /** The member's signing key: a V3 keystore with a password file, or a raw key file. */
  interface Key {
    Optional<Path> keystore();

    Optional<Path> passwordFile();

    Optional<Path> rawKeyFile();
  }

  /** The REST API. */
  interface Api {
    /** The largest batch accepted, in bytes (65,536 of the largest transactions fit in 11 MiB). */
    @WithDefault("11534336")
    int maxBatchBytes();

    /**
     * When set, reads need {@code Authorization: Bearer <token>}; ingestion is never open to it.
     */
    Optional<String> readToken();
  }
}
