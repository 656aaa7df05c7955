package io.validium.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overlays that must not pass: kubectl's refusals are reported, and each broken rule is named. */
class BrokenOverlayTest {

  private Kubectl kubectl;
  private Path dir;

  @BeforeEach
  void setUp() throws IOException, InterruptedException {
    var found = Kubectl.onPath();
    assumeTrue(found.isPresent(), "kubectl not found on PATH: broken overlays are not checked");
    kubectl = found.get();
    assertThat(kubectl.kustomizeMajor())
        .withFailMessage(
            "kubectl's kustomize is older than v5; the overlays need kubectl 1.27 or newer")
        .isGreaterThanOrEqualTo(5);

    // Below deploy/k8s, so an overlay may build on the real ones (kustomize loads only below roots
    // it is given, but follows ../ to other kustomizations).
    Path parent = Repo.k8s().resolve("target/test-overlays");
    Files.createDirectories(parent);
    dir = Files.createTempDirectory(parent, "broken");
  }

  @AfterEach
  void tearDown() throws IOException {
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void garbageKustomizationFailsWithKubectlsReason() throws IOException {
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: [\n  - :: {{ not yaml\n");
    assertThatThrownBy(() -> kubectl.render(dir))
        .isInstanceOf(Kubectl.RenderFailure.class)
        .hasMessageContaining("kubectl kustomize " + dir)
        .hasMessageContaining("failed (exit ")
        .hasMessageContaining("yaml");
  }

  @Test
  void missingResourceFailsNamingIt() throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - no-such-dir\n");
    assertThatThrownBy(() -> kubectl.render(dir))
        .isInstanceOf(Kubectl.RenderFailure.class)
        .hasMessageContaining("no-such-dir");
  }

  @Test
  void kustomizationWithNothingInItIsRefused() throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamePrefix: unused-\n");
    assertThatThrownBy(() -> kubectl.render(dir))
        .isInstanceOf(Kubectl.RenderFailure.class)
        .hasMessageContaining("rendered no objects");
  }

  @Test
  void eachBrokenRuleOfARenderedOverlayIsReported() throws Exception {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - ../../../overlays/dev
        images:
          - name: ghcr.io/validium/l1-bridge
            newName: docker.io/someone/l1-bridge
            newTag: latest
        configMapGenerator:
          - name: sequencer-config
            behavior: merge
            literals:
              - VALIDIUM_SEQUENCER_BATCH_MAX_TXS=9
              - VALIDIUM_SEQUENCER_LOG_TOPIC=validium.sequencer.journal
              - VALIDIUM_SEQUENCER_COMMITTEE_THRESHOLD=5
              - VALIDIUM_SEQUENCER_BATCH_MAX_TRANSACTIONS=64
          - name: prover-config
            behavior: merge
            literals:
              - PROVER_HTTP_PORT=9999
        patches:
          - target:
              kind: Deployment
              name: sequencer
            patch: |-
              - op: remove
                path: /spec/template/spec/containers/0/readinessProbe
          - target:
              kind: Deployment
              name: l1-bridge
            patch: |-
              - op: replace
                path: /spec/template/spec/securityContext/runAsNonRoot
                value: false
          - target:
              kind: Deployment
              name: prover
            patch: |-
              - op: add
                path: /spec/template/spec/containers/0/env/-
                value:
                  name: VALIDIUM_PROVER_KEY_VERIFYING_KEY_SHA256
                  valueFrom:
                    secretKeyRef:
                      name: prover-vk-hash
                      key: sha256
          - target:
              kind: StatefulSet
              name: dac-node-b
            patch: |-
              - op: replace
                path: /spec/replicas
                value: 2
          - target:
              kind: Deployment
              name: l1-bridge
            patch: |-
              - op: replace
                path: /spec/template/spec/volumes/1/secret/items/0/key
                value: keystore
          - patch: |-
              $patch: delete
              apiVersion: policy/v1
              kind: PodDisruptionBudget
              metadata:
                name: prover
        """);
    Rendering r = new Rendering("dev", kubectl.render(dir));
    Services services = Services.read(Repo.root());
    ManifestChecks checks = new ManifestChecks(r, services);
    ExternalObjects external = ExternalObjects.read(Repo.k8s().resolve("EXTERNAL.md"));

    assertThat(checks.images())
        .anyMatch(v -> v.contains("docker.io/someone/l1-bridge:latest is not pinned"));
    assertThat(checks.probes())
        .contains("Deployment/sequencer container sequencer: no readinessProbe")
        .anyMatch(
            v ->
                v.startsWith("Deployment/prover")
                    && v.contains("is not the service's HTTP port 9999"));
    assertThat(checks.configKeys())
        .anyMatch(
            v -> v.startsWith("Deployment/sequencer: VALIDIUM_SEQUENCER_BATCH_MAX_TXS is neither"));
    assertThat(checks.topics(r))
        .anyMatch(
            v -> v.contains("names topic validium.sequencer.journal, which has no KafkaTopic"));
    assertThat(checks.references(external))
        .anyMatch(
            v ->
                v.contains(
                    "refers to Secret/prover-vk-hash, which is neither in the overlay nor in EXTERNAL.md"));
    assertThat(checks.references(external))
        .anyMatch(
            v ->
                v.startsWith("Deployment/l1-bridge takes key keystore from Secret/l1-bridge-key-"));
    assertThat(checks.security())
        .anyMatch(v -> v.startsWith("Deployment/l1-bridge: the pod must set runAsNonRoot"));
    assertThat(checks.disruptionAndNetwork())
        .containsExactly("Deployment/prover: no PodDisruptionBudget selects its pods");

    ConsistencyChecks consistency = new ConsistencyChecks(r, services);
    assertThat(consistency.committee())
        .anyMatch(v -> v.contains("committee threshold 5 with 3 members"))
        .contains(
            "StatefulSet/dac-node-b: a DAC member is a StatefulSet of exactly one replica (one signing log per key)");
    assertThat(consistency.batchSize())
        .anyMatch(v -> v.contains("up to 64 transactions; the prover's circuit has 2 slots"));
  }
}
