package io.validium.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root and the manifests' directory. */
final class Repo {
  private Repo() {}

  static Path root() {
    String configured = System.getProperty("validium.repo.root");
    Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("deploy/k8s/EXTERNAL.md"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root with deploy/k8s above " + start);
  }

  static Path k8s() {
    return root().resolve("deploy/k8s");
  }
}
