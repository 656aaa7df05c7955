package io.validium.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders every overlay with kubectl kustomize and checks it against the services' config. */
class KustomizeOverlaysTest {

  private static final Map<String, Rendering> RENDERED = new HashMap<>();
  private static Services services;
  private static ExternalObjects external;

  @BeforeAll
  static void render() throws Exception {
    var kubectl = Kubectl.onPath();
    assumeTrue(
        kubectl.isPresent(),
        "kubectl not found on PATH: the overlays are not checked. Install Debian's kubectl"
            + " (.ci/run does) to render them with kubectl kustomize.");
    assertThat(kubectl.get().kustomizeMajor())
        .withFailMessage(
            "kubectl's kustomize is older than v5; the overlays need kubectl 1.27 or newer")
        .isGreaterThanOrEqualTo(5);
    for (String overlay : List.of("dev", "prod", "member")) {
      RENDERED.put(
          overlay,
          new Rendering(
              overlay, kubectl.get().render(Repo.k8s().resolve("overlays").resolve(overlay))));
    }
    services = Services.read(Repo.root());
    external = ExternalObjects.read(Repo.k8s().resolve("EXTERNAL.md"));
  }

  private static Set<String> workloads(String overlay) {
    Set<String> s = new TreeSet<>();
    RENDERED.get(overlay).workloads().forEach(w -> s.add(Rendering.id(w)));
    return s;
  }

  @Test
  void devRunsTheWholeSystemWithBesuAsL1() {
    assertThat(workloads("dev"))
        .containsExactlyInAnyOrder(
            "Deployment/sequencer",
            "Deployment/prover",
            "Deployment/l1-bridge",
            "StatefulSet/dac-node-a",
            "StatefulSet/dac-node-b",
            "StatefulSet/dac-node-c",
            "StatefulSet/besu");
    assertThat(RENDERED.get("dev").find("ConfigMap", "besu-genesis")).isEmpty();
    assertThat(RENDERED.get("dev").ofKind("ConfigMap").map(Rendering::name))
        .anyMatch(n -> n.startsWith("besu-genesis-"));
  }

  @Test
  void devL1IsOnTheServicesChainAndFundsTheBridgesAccount() throws Exception {
    Rendering dev = RENDERED.get("dev");
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var genesis =
        mapper.readTree(
            dev.ofKind("ConfigMap")
                .filter(c -> Rendering.name(c).startsWith("besu-genesis-"))
                .findFirst()
                .orElseThrow()
                .path("data")
                .path("genesis.json")
                .asText());
    var sequencer = new ConsistencyChecks(dev, services).pods("sequencer-service").get(0);
    assertThat(genesis.path("config").path("chainId").asText())
        .isEqualTo(sequencer.value("validium.sequencer.domain.chain-id"));
    assertThat(genesis.path("config").has("qbft")).isTrue();
    assertThat(genesis.path("config").path("cancunTime").asInt(-1)).isZero();
    var key =
        dev.ofKind("Secret")
            .filter(s -> Rendering.name(s).startsWith("l1-bridge-key-"))
            .findFirst()
            .orElseThrow();
    String keystore =
        new String(
            java.util.Base64.getMimeDecoder()
                .decode(key.path("data").path("keystore.json").asText()),
            java.nio.charset.StandardCharsets.UTF_8);
    String bridge = mapper.readTree(keystore).path("address").asText().toLowerCase();
    assertThat(genesis.path("alloc").has(bridge)).isTrue();
  }

  @Test
  void prodRunsTheSystemAgainstAnExternalL1() {
    assertThat(workloads("prod"))
        .containsExactlyInAnyOrder(
            "Deployment/sequencer",
            "Deployment/prover",
            "Deployment/l1-bridge",
            "StatefulSet/dac-node-a",
            "StatefulSet/dac-node-b",
            "StatefulSet/dac-node-c");
    assertThat(RENDERED.get("prod").ofKind("Kafka")).hasSize(1);
  }

  @Test
  void memberOverlayIsTheDacNodeAlone() {
    Rendering member = RENDERED.get("member");
    assertThat(workloads("member")).containsExactly("StatefulSet/dac-node-d");
    assertThat(member.ofKind("Kafka")).isEmpty();
    assertThat(member.ofKind("KafkaTopic")).isEmpty();
    // The consortium issues member d's Kafka client certificate.
    assertThat(RENDERED.get("prod").find("KafkaUser", "dac-d")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void everyStrimziObjectReadsIntoStrimzisModelWithNoUnknownField(String overlay) {
    Map<String, String> problems = new TreeMap<>();
    RENDERED.get(overlay).all().stream()
        .filter(StrimziModel::isStrimzi)
        .forEach(o -> StrimziModel.problem(o).ifPresent(p -> problems.put(Rendering.id(o), p)));
    assertThat(problems).isEmpty();
  }

  @Test
  void theOverlaysUseEveryStrimziKindTheModelIsCheckedFor() {
    assertThat(
            RENDERED.values().stream()
                .flatMap(r -> r.all().stream())
                .filter(StrimziModel::isStrimzi)
                .map(o -> o.path("kind").asText()))
        .containsAll(StrimziModel.KINDS.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void everyImageIsTheProjectsRegistryNameAndTagOrPinned(String overlay) {
    assertThat(checks(overlay).images()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void everyContainerHasLivenessAndReadinessOnItsHealthEndpoints(String overlay) {
    assertThat(checks(overlay).probes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void everySecretConfigMapAndClaimReferredToExistsOrIsDocumentedExternal(String overlay) {
    assertThat(checks(overlay).references(external)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void everyConfigMapKeyIsAVariableTheServiceReads(String overlay) {
    assertThat(checks(overlay).configKeys()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void everyTopicAServiceNamesHasAKafkaTopicWithRetentionAndPartitions(String overlay) {
    Rendering cluster = overlay.equals("member") ? RENDERED.get("prod") : RENDERED.get(overlay);
    assertThat(checks(overlay).topics(cluster)).isEmpty();
  }

  @Test
  void theServicesNameEveryTopicOfTheProtocol() {
    Set<String> named = new TreeSet<>();
    checks("prod").topicsByWorkload().values().forEach(named::addAll);
    assertThat(named)
        .contains(
            "validium.tx.ingress",
            "validium.tx.rejected",
            "validium.batches",
            "validium.attestations",
            "validium.attestations.rejected",
            "validium.proofs",
            "validium.l1.events",
            "validium.sequencer.log",
            "validium.batches.prover-dead-letter",
            "validium.batches.l1-bridge-dead-letter",
            "validium.proofs.l1-bridge-dead-letter",
            "validium.attestations.l1-bridge-dead-letter");
    assertThat(ManifestChecks.kafkaTopics(RENDERED.get("prod"))).containsAll(named);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void containersRunAsNonRootOnAReadOnlyRootWithResources(String overlay) {
    assertThat(checks(overlay).security()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void everyWorkloadHasADisruptionBudgetAndANetworkPolicy(String overlay) {
    assertThat(checks(overlay).disruptionAndNetwork()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod", "member"})
  void servicesAgreeOnDomainCommitteeBatchSizeBrokersAndAutoscaling(String overlay) {
    ConsistencyChecks c = new ConsistencyChecks(RENDERED.get(overlay), services);
    assertThat(c.domain()).isEmpty();
    assertThat(c.committee()).isEmpty();
    assertThat(c.batchSize()).isEmpty();
    assertThat(c.proverAutoscaling()).isEmpty();
    assertThat(c.brokers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void kafkaRetriesATransactionThatStartsDuringTheLastOnesMarkersWithinAMillisecond(
      String overlay) {
    // The sequencer's log commits back to back; Kafka's 20 ms default set its commit p90.
    assertThat(RENDERED.get(overlay).ofKind("Kafka"))
        .isNotEmpty()
        .allSatisfy(
            k ->
                assertThat(
                        k.path("spec")
                            .path("kafka")
                            .path("config")
                            .path("add.partitions.to.txn.retry.backoff.ms")
                            .asInt())
                    .isEqualTo(1));
  }

  @Test
  void memberServesTheConsortiumsDeploymentUnderItsOwnName() {
    ConsistencyChecks member = new ConsistencyChecks(RENDERED.get("member"), services);
    ConsistencyChecks prod = new ConsistencyChecks(RENDERED.get("prod"), services);
    var d = member.pods("dac-node").get(0);
    assertThat(prod.pods("dac-node"))
        .extracting(p -> p.value("dac.member-name"))
        .doesNotContain(d.value("dac.member-name"));
    assertThat(d.value("dac.chain-id"))
        .isEqualTo(prod.pods("dac-node").get(0).value("dac.chain-id"));
    assertThat(d.value("dac.validium"))
        .isEqualToIgnoringCase(prod.pods("dac-node").get(0).value("dac.validium"));
    assertThat(d.value("kafka.security.protocol")).isEqualTo("SSL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sequencer-service", "prover-service", "dac-node", "l1-bridge"})
  void everyServiceServesTheHealthAndMetricsPathsTheManifestsUse(String module) throws Exception {
    String pom = java.nio.file.Files.readString(Repo.root().resolve(module).resolve("pom.xml"));
    assumeTrue(
        pom.contains("quarkus-maven-plugin"),
        module + " is not a Quarkus application on this branch yet: its endpoints are not checked");
    assertThat(pom).contains("quarkus-smallrye-health", "quarkus-micrometer-registry-prometheus");
    ServiceConfig s = ServiceConfig.read(Repo.root(), module);
    Map<String, String> none = Map.of();
    // A management interface would move health and metrics to its own port (9000).
    assertThat(s.value("quarkus.management.enabled", none)).isIn("", "false");
    assertThat(s.value("quarkus.http.non-application-root-path", none)).isIn("", "q", "/q");
    assertThat(s.value("quarkus.smallrye-health.root-path", none)).isIn("", "health");
    assertThat(s.value("quarkus.micrometer.export.prometheus.path", none))
        .isIn("", "metrics", "/q/metrics");
  }

  @Test
  void alertsUseOnlyMetersTheServicesRegister() throws Exception {
    Set<String> meters =
        Meters.registered(
            Repo.root(), List.of("sequencer-service", "prover-service", "dac-node", "l1-bridge"));
    Set<String> used = new TreeSet<>();
    java.util.regex.Pattern series =
        java.util.regex.Pattern.compile("\\b(?:validium|dac)_[a-z0-9_]+\\b");
    RENDERED
        .get("prod")
        .ofKind("PrometheusRule")
        .forEach(
            rule ->
                rule.path("spec")
                    .path("groups")
                    .forEach(
                        g ->
                            g.path("rules")
                                .forEach(
                                    r -> {
                                      java.util.regex.Matcher m =
                                          series.matcher(r.path("expr").asText());
                                      while (m.find()) {
                                        used.add(Meters.meterOf(m.group()));
                                      }
                                    })));
    assertThat(used).isNotEmpty();
    assertThat(meters).containsAll(used);
  }

  private static ManifestChecks checks(String overlay) {
    return new ManifestChecks(RENDERED.get(overlay), services);
  }
}
