package io.validium.l1.watch;

/** What the watcher reports as it goes, for metrics and health. */
public interface WatchListener {

  /** A scan reached the node: {@code head} is its latest block, {@code relayedUpTo} the cursor. */
  default void polled(long head, long relayedUpTo) {}

  /** {@code count} events of {@code type} were acknowledged by the broker. */
  default void relayed(String type, int count) {}

  /** A log with a relayed event's signature did not decode. */
  default void malformed(String reason) {}

  /** The stored block hash is no longer canonical. */
  default void reorg(long block) {}

  /** A call failed; the watcher retries. */
  default void failed(RuntimeException e) {}

  /** No-op listener. */
  WatchListener NONE = new WatchListener() {};
}
