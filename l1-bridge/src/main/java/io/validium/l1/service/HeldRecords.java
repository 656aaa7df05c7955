package io.validium.l1.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumed records the pending work still needs, acknowledged only once their batch is final on L1
 * (ADR 0032). The channels commit, with the throttled strategy, the offset below the first record
 * not yet acknowledged, so a restart resumes at the oldest record of the oldest unfinished batch
 * instead of at the start of the topics, and nothing it needs lies before that offset.
 */
@ApplicationScoped
public class HeldRecords {

  private final TreeMap<Long, List<Message<?>>> held = new TreeMap<>();
  private long finalBelow;
  private int size;

  /** Holds {@code m} until batch {@code n} is final; acknowledges it at once if it already is. */
  public CompletionStage<Void> hold(long n, Message<?> m) {
    synchronized (this) {
      if (n >= finalBelow) {
        held.computeIfAbsent(n, k -> new ArrayList<>()).add(m);
        size++;
        return CompletableFuture.completedFuture(null);
      }
    }
    return m.ack();
  }

  /** L1's {@code nextBatchNumber} is {@code n}: the records of batches below it are done. */
  public void finalBelow(long n) {
    List<Message<?>> done = new ArrayList<>();
    synchronized (this) {
      if (n <= finalBelow) {
        return;
      }
      finalBelow = n;
      var head = held.headMap(n);
      head.values().forEach(done::addAll);
      head.clear();
      size -= done.size();
    }
    // Acknowledged outside the lock: the commit handler hops to the channel's own thread.
    done.forEach(Message::ack);
  }

  /** How many records wait for their batch. */
  public synchronized int size() {
    return size;
  }
}
