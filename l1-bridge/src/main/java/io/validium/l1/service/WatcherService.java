package io.validium.l1.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.validium.l1.config.L1Config;
import io.validium.l1.eth.EthClient;
import io.validium.l1.events.EventDecoder;
import io.validium.l1.kafka.RelayedEvents;
import io.validium.l1.watch.CursorStore;
import io.validium.l1.watch.L1Watcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs the L1 watcher on its own thread: step while there are confirmed blocks, sleep a poll
 * interval when caught up, back off while the node or the broker is down. It never gives up.
 */
@ApplicationScoped
public class WatcherService {

  private static final Logger LOG = Logger.getLogger(WatcherService.class);

  private final L1Config config;
  private final Deployment deployment;
  private final BridgeMetrics metrics;
  private final EthClient eth;
  private volatile boolean running = true;
  // Stopping ends the waits without interrupting the thread: an interrupt would abort a cursor
  // write or an RPC call half-way.
  private final java.util.concurrent.CountDownLatch stopping =
      new java.util.concurrent.CountDownLatch(1);
  private volatile boolean ready;
  private volatile String lastError = "starting";
  private final EventsOut sink;
  private Thread thread;

  WatcherService(L1Config config, Deployment deployment, BridgeMetrics metrics, EventsOut sink) {
    this.config = config;
    this.sink = sink;
    this.deployment = deployment;
    this.metrics = metrics;
    this.eth = new EthClient(config.rpcUrl());
  }

  void start(@Observes StartupEvent e) {
    thread = new Thread(this::run, "l1-watcher");
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

  /** Whether the last step reached the node and the broker. */
  public boolean ready() {
    return ready;
  }

  public String lastError() {
    return lastError;
  }

  /** Whether the watcher thread is still running (it only ends at shutdown). */
  public boolean alive() {
    return thread != null && thread.isAlive();
  }

  private void run() {
    Backoff backoff = new Backoff(config.pollInterval(), config.maxRetryDelay());
    L1Watcher watcher = null;
    while (running) {
      try {
        if (watcher == null) {
          watcher = create();
        }
        boolean moved = watcher.step();
        ready = true;
        lastError = "";
        backoff.success();
        if (!moved) {
          pause(config.pollInterval().toMillis());
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException ex) {
        ready = false;
        lastError = ex.getMessage();
        metrics.failed(ex);
        long wait = backoff.failure();
        LOG.warnf("L1 watcher: %s; retrying in %d ms", ex.getMessage(), wait);
        try {
          pause(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private L1Watcher create() {
    var d = deployment.file();
    long chain = eth.chainId();
    if (chain != d.chainId().value()) {
      throw new IllegalStateException(
          "the node's chain id is " + chain + ", the deployment's " + d.chainId());
    }
    var relayed = RelayedEvents.scan(config.bootstrapServers(), config.eventsTopic());
    L1Watcher w =
        new L1Watcher(
            eth,
            new L1Watcher.Settings(
                d.validium(),
                d.deployedAtBlock(),
                config.confirmations(),
                config.maxBlockRange(),
                config.reorgRewindBlocks()),
            new CursorStore(config.stateDirectory()),
            sink,
            new EventDecoder(deployment.domain()),
            metrics,
            relayed);
    LOG.infof("L1 watcher resumes after block %d", w.cursor().lastBlock());
    return w;
  }

  private void pause(long millis) throws InterruptedException {
    stopping.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }
}
