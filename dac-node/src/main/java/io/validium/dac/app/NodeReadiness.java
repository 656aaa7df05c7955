package io.validium.dac.app;

import io.validium.dac.node.MemberNode;
import io.validium.dac.node.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the store is open and the replica has been rebuilt from the signing log. */
@Readiness
@ApplicationScoped
public class NodeReadiness implements HealthCheck {
  private final MemberNode node;

  public NodeReadiness(MemberNode node) {
    this.node = node;
  }

  @Override
  public HealthCheckResponse call() {
    NodeStatus s = node.status();
    return HealthCheckResponse.named("dac-node")
        .up()
        .withData("member", s.member().toString())
        .withData("latestSigned", s.latestSigned().map(Object::toString).orElse("none"))
        .withData("replicaRoot", s.replicaRoot().toString())
        .build();
  }
}
