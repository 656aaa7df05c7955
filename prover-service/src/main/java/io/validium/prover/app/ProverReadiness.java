package io.validium.prover.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the proving key is loaded and checked and the replica is open. */
@Readiness
@ApplicationScoped
public class ProverReadiness implements HealthCheck {
  private final ProverRuntime runtime;

  public ProverReadiness(ProverRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("proving-key")
        .status(runtime.isReady())
        .withData("nextBatch", runtime.nextBatch())
        .build();
  }
}
