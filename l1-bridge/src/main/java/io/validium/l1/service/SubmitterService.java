package io.validium.l1.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.validium.da.committee.CommitteeCertificateCollector;
import io.validium.da.committee.Keyset;
import io.validium.l1.config.L1Config;
import io.validium.l1.eth.EthClient;
import io.validium.l1.submit.BatchSubmitter;
import io.validium.l1.submit.CommitteeReader;
import io.validium.l1.submit.Offer;
import io.validium.l1.submit.PendingBatches;
import io.validium.l1.submit.SubmitListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.web3j.crypto.Credentials;

/**
 * Holds the pending batches the three topics feed, and runs the submitter on its own thread. The
 * committee's keyset is read from L1 before the first batch is taken (records wait for it).
 */
@ApplicationScoped
public class SubmitterService {

  private static final Logger LOG = Logger.getLogger(SubmitterService.class);

  private final L1Config config;
  private final Deployment deployment;
  private final BridgeMetrics metrics;
  private final EventsOut events;
  private final HeldRecords held;
  private final EthClient eth;
  private final Optional<Credentials> key;
  private final AtomicReference<Keyset> keyset = new AtomicReference<>();
  private final PendingBatches pending;
  private volatile boolean running = true;
  private volatile boolean reachesL1;
  private volatile String lastError = "starting";
  // Stopping ends the waits without interrupting the thread: an interrupt would abort a cursor
  // write or an RPC call half-way.
  private final java.util.concurrent.CountDownLatch stopping =
      new java.util.concurrent.CountDownLatch(1);
  private Thread thread;

  SubmitterService(
      L1Config config,
      Deployment deployment,
      BridgeMetrics metrics,
      EventsOut events,
      HeldRecords held) {
    this.config = config;
    this.held = held;
    this.deployment = deployment;
    this.metrics = metrics;
    this.events = events;
    this.eth = new EthClient(config.rpcUrl());
    this.key = SigningKey.load(config);
    if (config.submitter().enabled() && key.isEmpty()) {
      throw new IllegalStateException(
          "the submitter needs a key: set validium.l1.key-file and validium.l1.key-password-file"
              + " or validium.l1.private-key-file (or disable validium.l1.submitter.enabled)");
    }
    this.pending =
        new PendingBatches(
            deployment.domain(),
            new CommitteeCertificateCollector(deployment.domain(), keyset::get),
            config.submitter().maxPendingBatches());
  }

  void start(@Observes StartupEvent e) {
    if (!config.submitter().enabled()) {
      return;
    }
    thread = new Thread(this::run, "l1-submitter");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent e) {
    running = false;
    stopping.countDown();
    if (thread != null) {
      try {
        thread.join(10_000);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
    eth.close();
  }

  /** Whether this instance submits batches at all. */
  public boolean enabled() {
    return config.submitter().enabled();
  }

  /** Whether the submitter's last round (or the committee read before the first) reached L1. */
  public boolean reachesL1() {
    return reachesL1;
  }

  /** Why the submitter last failed ("" after a round that worked). */
  public String lastError() {
    return lastError;
  }

  /** A batch record; waits (retrying) until the committee's keyset is known. */
  public Offer offerBatch(String key, byte[] value, byte[] header) throws InterruptedException {
    awaitKeyset();
    return pending.offerBatch(key, value, header);
  }

  public Offer offerProof(byte[] value) {
    return pending.offerProof(value);
  }

  public Offer offerAttestation(byte[] value) {
    return pending.offerAttestation(value);
  }

  private void awaitKeyset() throws InterruptedException {
    Backoff backoff = new Backoff(config.pollInterval(), config.maxRetryDelay());
    while (keyset.get() == null) {
      if (!running) {
        throw new InterruptedException("shutting down");
      }
      try {
        var d = deployment.file();
        keyset.set(
            new CommitteeReader(eth, d.daVerifier(), d.deployedAtBlock(), config.maxBlockRange())
                .current());
        LOG.infof(
            "committee epoch %d: %d members, threshold %d",
            keyset.get().epoch(), keyset.get().members().size(), keyset.get().threshold());
      } catch (RuntimeException e) {
        unreachable(e);
        long wait = backoff.failure();
        LOG.warnf("cannot read the committee from L1: %s; retrying in %d ms", e.getMessage(), wait);
        pause(wait);
      }
    }
  }

  private void run() {
    var d = deployment.file();
    BatchSubmitter submitter =
        new BatchSubmitter(
            eth,
            key.orElseThrow(),
            d.chainId().value(),
            d.validium(),
            d.proofVerifier(),
            pending,
            events,
            config.submitter().resubmitAfter(),
            new SubmitListener() {
              @Override
              public void mined(long n, long gasUsed, Duration sinceReady) {
                metrics.batchMined(gasUsed, sinceReady);
              }

              @Override
              public void finalizedBelow(long next) {
                held.finalBelow(next);
              }
            });
    LOG.infof("submitting batches from %s", submitter.account());
    Backoff backoff = new Backoff(config.pollInterval(), config.maxRetryDelay());
    while (running) {
      try {
        boolean moved = submitter.step();
        reachesL1 = true;
        lastError = "";
        backoff.success();
        if (!moved) {
          pause(config.pollInterval().toMillis());
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException ex) {
        unreachable(ex);
        long wait = backoff.failure();
        LOG.warnf(
            "submitter: %s; retrying in %d ms (%d batches pending)",
            ex.getMessage(), wait, pending.size());
        try {
          pause(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void unreachable(RuntimeException e) {
    reachesL1 = false;
    lastError = String.valueOf(e.getMessage());
    metrics.failed(e);
  }

  private void pause(long millis) throws InterruptedException {
    stopping.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }
}
