package io.validium.prover.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.validium.prover.job.JobRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prometheus meters: proofs made, proving time, constraints proven per second, refusals by reason,
 * and how far the newest batch seen is ahead of the last one proven (the consumer's own Kafka lag
 * comes from the Kafka binder).
 */
@ApplicationScoped
public class ProverMetrics {
  private final MeterRegistry registry;
  private final Counter proofs;
  private final Timer provingTime;
  private final AtomicLong constraintsPerSecond = new AtomicLong();
  private final AtomicLong newestSeen = new AtomicLong(-1);
  private final AtomicLong lastProven = new AtomicLong(-1);

  public ProverMetrics(MeterRegistry registry, ProverRuntime runtime) {
    this.registry = registry;
    this.proofs =
        Counter.builder("validium.prover.proofs")
            .description("Proofs published")
            .register(registry);
    this.provingTime =
        Timer.builder("validium.prover.proving.time")
            .description("Witness and Groth16 proof of one batch")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofSeconds(1))
            .maximumExpectedValue(Duration.ofHours(1))
            .register(registry);
    Gauge.builder("validium.prover.constraints.per.second", constraintsPerSecond, AtomicLong::get)
        .description("Constraints per second of the last proof")
        .register(registry);
    Gauge.builder("validium.prover.queue.lag", this, ProverMetrics::queueLag)
        .description("Batches between the newest seen and the last proven")
        .register(registry);
    Gauge.builder("validium.prover.replica.next.batch", runtime, ProverRuntime::nextBatch)
        .description("The batch the replica applies next")
        .register(registry);
  }

  public void seen(long batch) {
    newestSeen.accumulateAndGet(batch, Math::max);
  }

  public void proven(long batch, long nanos, int constraints) {
    proofs.increment();
    provingTime.record(nanos, TimeUnit.NANOSECONDS);
    lastProven.accumulateAndGet(batch, Math::max);
    constraintsPerSecond.set(nanos == 0 ? 0 : constraints * 1_000_000_000L / nanos);
  }

  public void refused(JobRefusal.Reason reason) {
    registry.counter("validium.prover.failures", "reason", reason.name()).increment();
  }

  public void failed(String reason) {
    registry.counter("validium.prover.failures", "reason", reason).increment();
  }

  private double queueLag() {
    long seen = newestSeen.get();
    return seen < 0 ? 0 : Math.max(0, seen - lastProven.get());
  }
}
