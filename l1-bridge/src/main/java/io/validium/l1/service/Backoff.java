package io.validium.l1.service;

import java.time.Duration;

/** Doubling waits between retries, from the poll interval up to a ceiling; reset on success. */
final class Backoff {

  private final long minMillis;
  private final long maxMillis;
  private long next;

  Backoff(Duration min, Duration max) {
    this.minMillis = Math.max(10, min.toMillis());
    this.maxMillis = Math.max(minMillis, max.toMillis());
    this.next = minMillis;
  }

  /** The wait before the next retry, doubling the one after. */
  long failure() {
    long wait = next;
    next = Math.min(maxMillis, next * 2);
    return wait;
  }

  void success() {
    next = minMillis;
  }
}
