package io.validium.prover.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.validium.circuit.BatchCircuit;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.prover.config.ProverConfig;
import io.validium.prover.job.BatchRecordParser;
import io.validium.prover.job.JobProcessor;
import io.validium.prover.kafka.KafkaBatchSource;
import io.validium.prover.proving.BatchProver;
import io.validium.prover.proving.KeyRefusedException;
import io.validium.prover.proving.KeySource;
import io.validium.prover.replica.Replica;
import io.validium.zk.groth16.ProvingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;

/**
 * Builds the circuit, loads (or, in development, generates) and checks the proving key and opens
 * the replica, off the start-up thread: that takes seconds to minutes, and readiness says when it
 * is done. A key that does not fit stops the application with the reason.
 */
@ApplicationScoped
public class ProverRuntime {
  private static final Logger LOG = Logger.getLogger(ProverRuntime.class);

  private final ProverConfig config;
  private final CompletableFuture<JobProcessor> processor = new CompletableFuture<>();

  public ProverRuntime(ProverConfig config) {
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    Thread t = new Thread(this::initialise, "prover-init");
    t.setDaemon(true);
    t.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    if (processor.isDone() && !processor.isCompletedExceptionally()) {
      processor.join().replica().close();
    }
  }

  private void initialise() {
    try {
      Domain domain =
          new Domain(
              ChainId.of(config.domain().chainId()), Address.parse(config.domain().validium()));
      BatchCircuit circuit = BatchCircuit.of(config.batchSize(), config.balanceDepth());
      LOG.infof(
          "circuit for %d slots: %d constraints",
          circuit.size(), circuit.system().numConstraints());
      ProvingKey key =
          KeySource.load(
              circuit.system(),
              config.key().file(),
              config.key().generateDevelopmentKey(),
              config.key().developmentSeed(),
              config.key().verifyingKeySha256());
      Replica replica = Replica.open(domain, config.balanceDepth(), config.replica().directory());
      LOG.infof("replica opened at batch %d, root %s", replica.nextBatch(), replica.root());
      processor.complete(
          new JobProcessor(
              new BatchRecordParser(domain, config.maxRecordBytes()),
              replica,
              new BatchProver(circuit, key),
              new KafkaBatchSource(config.bootstrapServers(), config.batchTopic()),
              config.replica().catchUpTimeout()));
    } catch (KeyRefusedException | IllegalStateException | IllegalArgumentException e) {
      LOG.errorf("the prover refuses to start: %s", e.getMessage());
      processor.completeExceptionally(e);
      Quarkus.asyncExit(1);
    } catch (RuntimeException | Error e) {
      LOG.error("the prover failed to start", e);
      processor.completeExceptionally(e);
      Quarkus.asyncExit(1);
    }
  }

  /** Whether the key is loaded and checked and the replica open. */
  public boolean isReady() {
    return processor.isDone() && !processor.isCompletedExceptionally();
  }

  /**
   * The processor once ready, blocking until then; empty if start-up failed, in which case the
   * application is exiting and no record may be acknowledged or dead-lettered.
   */
  public Optional<JobProcessor> processor() {
    try {
      return Optional.of(processor.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  /** The replica's next batch, or -1 before start-up finished. */
  public long nextBatch() {
    return isReady() ? processor.join().replica().nextBatch() : -1;
  }
}
