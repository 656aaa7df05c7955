package io.validium.sequencer.app;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.engine.Ledger;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.log.GroupCommits;
import io.validium.sequencer.log.KafkaAcceptedLog;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Wires the plain {@link Sequencer} into Quarkus: builds it, recovers it at start, ticks it. */
@ApplicationScoped
public class SequencerRuntime {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(SequencerRuntime.class.getName());
  private final SequencerConfig config;
  private final KafkaBatchSink sink;
  private final MeterRegistry registry;
  private KafkaAcceptedLog log;
  private Sequencer sequencer;
  private ScheduledExecutorService ticker;
  // How long the last start's replay of the log took: it grows with history (docs/adr/0053).
  private final AtomicLong recoveryNanos = new AtomicLong();
  private final AtomicLong recoveredRecords = new AtomicLong();

  public SequencerRuntime(SequencerConfig config, KafkaBatchSink sink, MeterRegistry registry) {
    this.config = config;
    this.sink = sink;
    this.registry = registry;
  }

  @Produces
  @Singleton
  Sequencer sequencer() {
    return build();
  }

  private synchronized Sequencer build() {
    if (sequencer == null) {
      Domain domain =
          new Domain(
              ChainId.of(config.domain().chainId()), Address.parse(config.domain().validium()));
      log =
          new KafkaAcceptedLog(
              config.log().bootstrapServers(),
              config.log().topic(),
              config.log().replicationFactor(),
              config.log().appendTimeout(),
              config.log().transactionalId(),
              logMetrics());
      sequencer =
          new Sequencer(
              new Ledger(domain, config.balanceDepth(), config.retention().finalBatches()),
              log,
              sink,
              new Sequencer.Rules(
                  config.batch().maxTransactions(),
                  config.batch().maxAge(),
                  config.backpressure().maxPendingTransactions(),
                  config.backpressure().maxUnfinalizedBatches(),
                  config.committee().threshold()),
              Clock.systemUTC());
    }
    return sequencer;
  }

  /**
   * The log's group commits for Prometheus: the Kafka transaction's time, how long a group's first
   * record queued behind the previous commit, and the records per group (docs/adr/0029).
   */
  private GroupCommits logMetrics() {
    Timer commit =
        Timer.builder("validium.sequencer.log.commit")
            .description("one group commit of the accepted-transaction log (a Kafka transaction)")
            .register(registry);
    Timer queued =
        Timer.builder("validium.sequencer.log.queued")
            .description("how long a group's first record waited before its commit began")
            .register(registry);
    DistributionSummary records =
        DistributionSummary.builder("validium.sequencer.log.group.records")
            .description("records in one group commit")
            .register(registry);
    return (n, queuedNanos, commitNanos) -> {
      commit.record(commitNanos, TimeUnit.NANOSECONDS);
      queued.record(queuedNanos, TimeUnit.NANOSECONDS);
      records.record(n);
    };
  }

  /** Nothing is accepted before the state is rebuilt from the log. */
  void onStart(@Observes @Priority(10) StartupEvent event) throws InterruptedException {
    Sequencer s = build();
    log.ensureTopic(Duration.ofSeconds(60));
    long started = System.nanoTime();
    long records = s.recover();
    recoveryNanos.set(System.nanoTime() - started);
    recoveredRecords.set(records);
    TimeGauge.builder(
            "validium.sequencer.recovery", recoveryNanos, TimeUnit.NANOSECONDS, AtomicLong::get)
        .description("how long this process's start took to replay the accepted-transaction log")
        .register(registry);
    Gauge.builder("validium.sequencer.recovery.records", recoveredRecords, AtomicLong::get)
        .description("log records this process's start replayed")
        .register(registry);
    // Batches close by age between submissions too; a tenth of a second is precise enough.
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sequencer-tick");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(
        () -> {
          try {
            s.tick();
          } catch (RuntimeException e) {
            // A failed tick must not cancel the schedule; the next one tries again.
            LOG.log(java.util.logging.Level.WARNING, "sequencer tick failed", e);
          }
        },
        1000,
        100,
        TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (log != null) {
      log.close();
    }
  }
}
