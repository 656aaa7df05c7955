package io.validium.l1.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.validium.l1.watch.WatchListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The bridge's Micrometer meters (README: metrics), and the watcher's view for health. */
@ApplicationScoped
public class BridgeMetrics implements WatchListener {

  private final MeterRegistry registry;
  private final AtomicLong headLag = new AtomicLong();
  private final AtomicLong lastSuccess = new AtomicLong();
  private final DistributionSummary gasPerBatch;
  private final Timer submissionLatency;
  private final Counter reorgs;

  BridgeMetrics(MeterRegistry registry) {
    this.registry = registry;
    registry.gauge("validium.l1.head.lag.blocks", headLag);
    gasPerBatch =
        DistributionSummary.builder("validium.l1.batch.gas.used")
            .description("gas used by each accepted submitBatch")
            .register(registry);
    submissionLatency =
        Timer.builder("validium.l1.submission.latency")
            .description("from proof and certificate both present to the mined receipt")
            .register(registry);
    reorgs = registry.counter("validium.l1.reorgs");
  }

  @Override
  public void polled(long head, long relayedUpTo) {
    headLag.set(Math.max(0, head - relayedUpTo));
    lastSuccess.set(System.currentTimeMillis());
  }

  @Override
  public void relayed(String type, int count) {
    registry.counter("validium.l1.events.relayed", "type", type).increment(count);
  }

  @Override
  public void malformed(String reason) {
    registry.counter("validium.l1.events.malformed").increment();
  }

  @Override
  public void reorg(long block) {
    reorgs.increment();
  }

  @Override
  public void failed(RuntimeException e) {
    rpcError(e.getClass().getSimpleName());
  }

  void rpcError(String kind) {
    registry.counter("validium.l1.rpc.errors", "kind", kind).increment();
  }

  void batchMined(long gasUsed, Duration latency) {
    gasPerBatch.record(gasUsed);
    submissionLatency.record(latency);
  }

  /** When the watcher last reached the node, epoch millis (0: never). */
  long lastSuccessMillis() {
    return lastSuccess.get();
  }
}
