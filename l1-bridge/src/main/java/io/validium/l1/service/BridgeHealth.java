package io.validium.l1.service;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the watcher reaches the node and the broker, and (when it submits) the submitter
 * reaches the node and each of its three consumers holds a partition. Liveness: the watcher's
 * thread runs.
 */
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

  @Readiness
  @ApplicationScoped
  static class SubmitterReady implements HealthCheck {
    private final SubmitterService submitter;
    private final InputAssignments assignments;
    private final List<String> topics;

    SubmitterReady(
        SubmitterService submitter,
        @Identifier(InputAssignments.NAME) InputAssignments assignments,
        @ConfigProperty(name = "mp.messaging.incoming.batches-in.topic") String batches,
        @ConfigProperty(name = "mp.messaging.incoming.proofs-in.topic") String proofs,
        @ConfigProperty(name = "mp.messaging.incoming.attestations-in.topic") String attestations) {
      this.submitter = submitter;
      this.assignments = assignments;
      this.topics = List.of(batches, proofs, attestations);
    }

    @Override
    public HealthCheckResponse call() {
      var r = HealthCheckResponse.named("l1-submitter");
      if (!submitter.enabled()) {
        return r.up().withData("enabled", false).build();
      }
      List<String> unassigned = assignments.unassigned(topics);
      boolean up = submitter.reachesL1() && unassigned.isEmpty();
      return r.status(up)
          .withData("error", submitter.reachesL1() ? "" : submitter.lastError())
          .withData("unassigned", String.join(",", unassigned))
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
