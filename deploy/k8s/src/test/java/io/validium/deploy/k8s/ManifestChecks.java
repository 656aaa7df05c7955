package io.validium.deploy.k8s;

import static io.validium.deploy.k8s.Rendering.containers;
import static io.validium.deploy.k8s.Rendering.id;
import static io.validium.deploy.k8s.Rendering.name;
import static io.validium.deploy.k8s.Rendering.podLabels;
import static io.validium.deploy.k8s.Rendering.podSpec;
import static io.validium.deploy.k8s.Rendering.selects;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules every rendered overlay must keep. Each check returns what breaks them, one line per
 * violation naming the object, so a test can show both that the overlays pass and that a broken one
 * fails with the reason.
 */
final class ManifestChecks {

  /** Variables the container image's launcher reads, not the service. */
  private static final Set<String> LAUNCHER_VARIABLES =
      Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND");

  private final Rendering r;
  private final Services services;

  ManifestChecks(Rendering r, Services services) {
    this.r = r;
    this.services = services;
  }

  /** Project images are ghcr.io/validium/name:tag; any other image is pinned to a tag or digest. */
  List<String> images() {
    List<String> v = new ArrayList<>();
    for (JsonNode w : r.workloads()) {
      for (JsonNode c : containers(w)) {
        String image = c.path("image").asText();
        String where = id(w) + " container " + c.path("name").asText();
        boolean project = image.contains("/validium/") || image.contains("validium-");
        if (project && services.forImage(image).isEmpty()) {
          v.add(where + ": image " + image + " is not ghcr.io/validium/<service>:<tag>");
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        if (!image.contains("@sha256:") && (!last.contains(":") || last.endsWith(":latest"))) {
          v.add(where + ": image " + image + " is not pinned to a tag");
        }
      }
    }
    return v;
  }

  /** Liveness and readiness on every container; the services' on their health paths and port. */
  List<String> probes() {
    List<String> v = new ArrayList<>();
    for (JsonNode w : r.workloads()) {
      for (JsonNode c : w.path("spec").path("template").path("spec").path("containers")) {
        String where = id(w) + " container " + c.path("name").asText();
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
          if (!c.has(probe)) {
            v.add(where + ": no " + probe);
          }
        }
        Optional<ServiceConfig> service = services.forImage(c.path("image").asText());
        if (service.isEmpty()) {
          continue;
        }
        int port = service.get().httpPort(r.environmentOf(c));
        checkHttpProbe(v, where, c, "livenessProbe", "/q/health/live", port);
        checkHttpProbe(v, where, c, "readinessProbe", "/q/health/ready", port);
        if (c.has("startupProbe")) {
          checkHttpProbe(v, where, c, "startupProbe", "/q/health/started", port);
        }
      }
    }
    return v;
  }

  private static void checkHttpProbe(
      List<String> v, String where, JsonNode c, String probe, String path, int port) {
    JsonNode get = c.path(probe).path("httpGet");
    if (!c.has(probe)) {
      return;
    }
    if (!path.equals(get.path("path").asText())) {
      v.add(where + ": " + probe + " path " + get.path("path").asText() + " is not " + path);
    }
    int probed = containerPort(c, get.path("port"));
    if (probed != port) {
      v.add(where + ": " + probe + " port " + probed + " is not the service's HTTP port " + port);
    }
  }

  private static int containerPort(JsonNode c, JsonNode port) {
    if (port.isInt()) {
      return port.asInt();
    }
    for (JsonNode p : c.path("ports")) {
      if (port.asText().equals(p.path("name").asText())) {
        return p.path("containerPort").asInt();
      }
    }
    return -1;
  }

  /** See {@link ReferenceChecks}. */
  List<String> references(ExternalObjects external) {
    return new ReferenceChecks(r).check(external);
  }

  /** Every ConfigMap key (and plain env) a service container gets is one of its settings. */
  List<String> configKeys() {
    List<String> v = new ArrayList<>();
    for (JsonNode w : r.workloads()) {
      for (JsonNode c : containers(w)) {
        Optional<ServiceConfig> service = services.forImage(c.path("image").asText());
        if (service.isEmpty()) {
          continue;
        }
        Set<String> names = new TreeSet<>(r.environmentOf(c).keySet());
        c.path("env").forEach(e -> names.add(e.path("name").asText()));
        for (String n : names) {
          if (!LAUNCHER_VARIABLES.contains(n)) {
            service.get().rejects(n).ifPresent(why -> v.add(id(w) + ": " + why));
          }
        }
      }
    }
    return v;
  }

  /** The topics each service container names (resolved with its environment). */
  Map<String, Set<String>> topicsByWorkload() {
    Map<String, Set<String>> m = new java.util.TreeMap<>();
    for (JsonNode w : r.workloads()) {
      for (JsonNode c : containers(w)) {
        services
            .forImage(c.path("image").asText())
            .ifPresent(
                s ->
                    m.computeIfAbsent(id(w), k -> new TreeSet<>())
                        .addAll(s.topics(r.environmentOf(c))));
      }
    }
    return m;
  }

  /** The KafkaTopics' topic names. */
  static Set<String> kafkaTopics(Rendering r) {
    return r.ofKind("KafkaTopic")
        .map(t -> t.path("spec").path("topicName").asText(name(t)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Every topic a service names is a KafkaTopic of {@code cluster} (this overlay, or the
   * consortium's for a member elsewhere), each KafkaTopic states partitions, replicas and
   * retention, and the sequencer's log is one partition kept forever.
   */
  List<String> topics(Rendering cluster) {
    List<String> v = new ArrayList<>();
    Set<String> defined = kafkaTopics(cluster);
    topicsByWorkload()
        .forEach(
            (w, topics) -> {
              for (String t : topics) {
                if (!defined.contains(t)) {
                  v.add(
                      w
                          + " names topic "
                          + t
                          + ", which has no KafkaTopic in "
                          + cluster.overlay());
                }
              }
            });
    r.ofKind("KafkaTopic")
        .forEach(
            t -> {
              JsonNode spec = t.path("spec");
              if (spec.path("partitions").asInt(0) < 1 || spec.path("replicas").asInt(0) < 1) {
                v.add(id(t) + ": partitions and replicas must be stated");
              }
              if (!spec.path("config").has("retention.ms")) {
                v.add(id(t) + ": retention.ms must be stated");
              }
            });
    for (JsonNode w : r.workloads()) {
      for (JsonNode c : containers(w)) {
        if (!c.path("image").asText().contains("/sequencer-service:")) {
          continue;
        }
        String log =
            services
                .get("sequencer-service")
                .value("validium.sequencer.log.topic", r.environmentOf(c));
        cluster
            .ofKind("KafkaTopic")
            .filter(t -> log.equals(t.path("spec").path("topicName").asText()))
            .forEach(
                t -> {
                  if (t.path("spec").path("partitions").asInt() != 1) {
                    v.add(id(t) + ": the sequencer log must have exactly one partition (ADR 0016)");
                  }
                  if (!"-1".equals(t.path("spec").path("config").path("retention.ms").asText())) {
                    v.add(id(t) + ": the sequencer log must be kept forever (retention.ms -1)");
                  }
                });
      }
    }
    return v;
  }

  /** Non-root, read-only root filesystem, no privilege, /tmp from an emptyDir, sized resources. */
  List<String> security() {
    List<String> v = new ArrayList<>();
    for (JsonNode w : r.workloads()) {
      JsonNode pod = podSpec(w).path("securityContext");
      if (!pod.path("runAsNonRoot").asBoolean(false) || pod.path("runAsUser").asInt(0) <= 0) {
        v.add(id(w) + ": the pod must set runAsNonRoot: true and a non-zero runAsUser");
      }
      if (!Set.of("RuntimeDefault", "Localhost")
          .contains(pod.path("seccompProfile").path("type").asText())) {
        v.add(
            id(w)
                + ": the pod must set a seccompProfile (RuntimeDefault), as Pod Security restricted asks");
      }
      Set<String> emptyDirs = new TreeSet<>();
      podSpec(w)
          .path("volumes")
          .forEach(
              vol -> {
                if (vol.has("emptyDir")) {
                  emptyDirs.add(vol.path("name").asText());
                }
              });
      for (JsonNode c : containers(w)) {
        String where = id(w) + " container " + c.path("name").asText();
        JsonNode sc = c.path("securityContext");
        if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
          v.add(where + ": readOnlyRootFilesystem must be true");
        }
        if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
          v.add(where + ": allowPrivilegeEscalation must be false");
        }
        boolean dropsAll = false;
        for (JsonNode cap : sc.path("capabilities").path("drop")) {
          dropsAll |= cap.asText().equals("ALL");
        }
        if (!dropsAll) {
          v.add(where + ": capabilities must drop ALL");
        }
        boolean tmp = false;
        for (JsonNode m : c.path("volumeMounts")) {
          tmp |=
              m.path("mountPath").asText().equals("/tmp")
                  && emptyDirs.contains(m.path("name").asText());
        }
        if (!tmp) {
          v.add(where + ": /tmp must be an emptyDir (the root filesystem is read-only)");
        }
        JsonNode res = c.path("resources");
        for (String field : List.of("requests/cpu", "requests/memory", "limits/memory")) {
          String[] p = field.split("/");
          if (res.path(p[0]).path(p[1]).asText("").isEmpty()) {
            v.add(where + ": resources." + p[0] + "." + p[1] + " must be set");
          }
        }
      }
    }
    return v;
  }

  /** Every workload is covered by a PodDisruptionBudget and by a NetworkPolicy of its own. */
  List<String> disruptionAndNetwork() {
    List<String> v = new ArrayList<>();
    for (JsonNode w : r.workloads()) {
      Map<String, String> labels = podLabels(w);
      if (r.ofKind("PodDisruptionBudget")
          .noneMatch(p -> selects(p.path("spec").path("selector"), labels))) {
        v.add(id(w) + ": no PodDisruptionBudget selects its pods");
      }
      boolean policy =
          r.ofKind("NetworkPolicy")
              .anyMatch(
                  p ->
                      selects(p.path("spec").path("podSelector"), labels)
                          && p.path("spec").path("policyTypes").toString().contains("Ingress"));
      if (!policy) {
        v.add(id(w) + ": no ingress NetworkPolicy selects its pods");
      }
    }
    return v;
  }
}
