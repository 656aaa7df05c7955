package io.validium.l1.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the watcher reaches the node and the broker. Liveness: its thread runs. */
final class BridgeHealth {

  private BridgeHealth() {}

  @Readiness
  @ApplicationScoped
  static class Ready implements HealthCheck {
    private final WatcherService watcher;

    Ready(WatcherService watcher) {
      this.watcher = watcher;
    }

    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.named("l1-watcher")
          .status(watcher.ready())
          .withData("error", watcher.ready() ? "" : String.valueOf(watcher.lastError()))
          .build();
    }
  }

  @Liveness
  @ApplicationScoped
  static class Live implements HealthCheck {
    private final WatcherService watcher;

    Live(WatcherService watcher) {
      this.watcher = watcher;
    }

    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.named("l1-watcher-thread").status(watcher.alive()).build();
    }
  }
}
