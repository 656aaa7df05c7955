package io.validium.sequencer.log;

/**
 * Hears each group commit of the log: how many records it held, how long its oldest record waited
 * in the queue before the group began, and how long the Kafka transaction took. Called on the
 * writer thread after the records are acknowledged, so it must not block.
 */
public interface GroupCommits {
  /** Hears nothing. */
  GroupCommits NONE = (records, queuedNanos, commitNanos) -> {};

  void committed(int records, long queuedNanos, long commitNanos);
}
