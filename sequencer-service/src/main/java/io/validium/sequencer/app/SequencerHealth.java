package io.validium.sequencer.app;

import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the state is rebuilt from the log; not live once the log has failed. */
public final class SequencerHealth {
  private SequencerHealth() {}

  /** Takes submissions only when recovered and not halted. */
  @Readiness
  @ApplicationScoped
  public static class Ready implements HealthCheck {
    private final Sequencer sequencer;

    public Ready(Sequencer sequencer) {
      this.sequencer = sequencer;
    }

    @Override
    public HealthCheckResponse call() {
      var r = sequencer.refusal();
      return HealthCheckResponse.named("sequencer")
          .status(r.isEmpty())
          .withData("state", r.map(Enum::name).orElse("ACCEPTING"))
          .build();
    }
  }

  /** A halted sequencer must be restarted to rebuild from its log. */
  @Liveness
  @ApplicationScoped
  public static class Live implements HealthCheck {
    private final Sequencer sequencer;

    public Live(Sequencer sequencer) {
      this.sequencer = sequencer;
    }

    @Override
    public HealthCheckResponse call() {
      boolean halted = sequencer.refusal().filter(r -> r == Submission.Refusal.HALTED).isPresent();
      var b = HealthCheckResponse.named("sequencer-log").status(!halted);
      if (halted) {
        b.withData("cause", sequencer.haltCause());
      }
      return b.build();
    }
  }
}
