package io.validium.l1.service;

import io.validium.core.tx.Domain;
import io.validium.l1.config.L1Config;
import io.validium.l1.deploy.DeploymentFile;
import jakarta.enterprise.context.ApplicationScoped;

/** The deployment the service works for, read once from deployment.json at start-up. */
@ApplicationScoped
public class Deployment {

  private final DeploymentFile file;

  Deployment(L1Config config) {
    this.file = DeploymentFile.read(config.deploymentFile());
  }

  public DeploymentFile file() {
    return file;
  }

  public Domain domain() {
    return new Domain(file.chainId(), file.validium());
  }
}
