package io.validium.sequencer.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.validium.sequencer.engine.Ledger;
import io.validium.sequencer.engine.Sequencer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gauges of the ledger for Prometheus: accepted count, open batch size, unfinalized batches,
 * indexed transactions.
 */
@ApplicationScoped
public class SequencerMetrics {
  private final Sequencer sequencer;
  private final MeterRegistry registry;

  public SequencerMetrics(Sequencer sequencer, MeterRegistry registry) {
    this.sequencer = sequencer;
    this.registry = registry;
  }

  void register(@Observes StartupEvent event) {
    Gauge.builder("validium.sequencer.accepted", sequencer, s -> s.read(Ledger::acceptedCount))
        .description("transactions accepted since genesis")
        .register(registry);
    Gauge.builder("validium.sequencer.open.batch.size", sequencer, s -> s.read(Ledger::openSize))
        .description("transactions in the open batch")
        .register(registry);
    Gauge.builder(
            "validium.sequencer.unfinalized.batches",
            sequencer,
            s -> s.read(Ledger::unfinalizedCount))
        .description("closed batches not yet final on L1")
        .register(registry);
    Gauge.builder(
            "validium.sequencer.indexed.transactions", sequencer, s -> s.read(Ledger::indexedCount))
        .description("transactions whose receipt the sequencer keeps (bounded by retention)")
        .register(registry);
  }
}
