package io.validium.deploy.k8s;

import static io.validium.deploy.k8s.Rendering.containers;
import static io.validium.deploy.k8s.Rendering.id;
import static io.validium.deploy.k8s.Rendering.name;
import static io.validium.deploy.k8s.Rendering.podSpec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Rules across services: what one service is configured with, another must agree with. */
final class ConsistencyChecks {

  private final Rendering r;
  private final Services services;

  ConsistencyChecks(Rendering r, Services services) {
    this.r = r;
    this.services = services;
  }

  /** A service container of a workload, with its service and its environment. */
  record Pod(JsonNode workload, ServiceConfig service, Map<String, String> env) {
    String value(String key) {
      return service.value(key, env);
    }
  }

  List<Pod> pods(String module) {
    List<Pod> out = new ArrayList<>();
    for (JsonNode w : r.workloads()) {
      for (JsonNode c : containers(w)) {
        services
            .forImage(c.path("image").asText())
            .filter(s -> s.module().equals(module))
            .ifPresent(s -> out.add(new Pod(w, s, r.environmentOf(c))));
      }
    }
    return out;
  }

  /** Every service signs, proves or sequences for one (chain id, Validium address). */
  List<String> domain() {
    Map<String, String> chain = new TreeMap<>();
    Map<String, String> contract = new TreeMap<>();
    pods("sequencer-service")
        .forEach(
            p -> {
              chain.put(id(p.workload()), p.value("validium.sequencer.domain.chain-id"));
              contract.put(
                  id(p.workload()), p.value("validium.sequencer.domain.validium").toLowerCase());
            });
    pods("prover-service")
        .forEach(
            p -> {
              chain.put(id(p.workload()), p.value("validium.prover.domain.chain-id"));
              contract.put(
                  id(p.workload()), p.value("validium.prover.domain.validium").toLowerCase());
            });
    pods("dac-node")
        .forEach(
            p -> {
              chain.put(id(p.workload()), p.value("dac.chain-id"));
              contract.put(id(p.workload()), p.value("dac.validium").toLowerCase());
            });
    List<String> v = new ArrayList<>();
    if (new TreeSet<>(chain.values()).size() > 1) {
      v.add("the services disagree on the chain id: " + chain);
    }
    if (new TreeSet<>(contract.values()).size() > 1) {
      v.add("the services disagree on the Validium contract: " + contract);
    }
    return v;
  }

  /**
   * DAC members: one pod each, distinct names and signing keys; the sequencer's threshold is
   * reachable, and the committee's disruption budget never takes it below the threshold.
   */
  List<String> committee() {
    List<String> v = new ArrayList<>();
    List<Pod> members = pods("dac-node");
    Set<String> names = new TreeSet<>();
    Set<String> keys = new TreeSet<>();
    for (Pod m : members) {
      JsonNode w = m.workload();
      if (!w.path("kind").asText().equals("StatefulSet")
          || w.path("spec").path("replicas").asInt(-1) != 1) {
        v.add(
            id(w)
                + ": a DAC member is a StatefulSet of exactly one replica (one signing log per key)");
      }
      if (!names.add(m.value("dac.member-name"))) {
        v.add(id(w) + ": member name " + m.value("dac.member-name") + " is used twice");
      }
      String key = signingKeySecret(w).orElse("");
      if (key.isEmpty() || !keys.add(key)) {
        v.add(id(w) + ": needs a signing-key Secret of its own (has '" + key + "')");
      }
    }
    for (Pod s : pods("sequencer-service")) {
      int threshold =
          Integer.parseInt(orDefault(s.value("validium.sequencer.committee.threshold"), "1"));
      if (threshold < 1 || threshold > members.size()) {
        v.add(
            id(s.workload())
                + ": committee threshold "
                + threshold
                + " with "
                + members.size()
                + " members");
      }
      r.ofKind("PodDisruptionBudget")
          .filter(
              p ->
                  "dac-node"
                      .equals(
                          p.path("spec")
                              .path("selector")
                              .path("matchLabels")
                              .path("app.kubernetes.io/name")
                              .asText()))
          .forEach(
              p -> {
                int max = p.path("spec").path("maxUnavailable").asInt(Integer.MAX_VALUE);
                if (max > members.size() - threshold) {
                  v.add(
                      id(p)
                          + ": maxUnavailable "
                          + max
                          + " would let the committee fall below threshold "
                          + threshold);
                }
              });
    }
    return v;
  }

  private static Optional<String> signingKeySecret(JsonNode w) {
    for (JsonNode vol : podSpec(w).path("volumes")) {
      if (vol.path("name").asText().equals("signing-key")) {
        return Optional.of(vol.path("secret").path("secretName").asText());
      }
    }
    return Optional.empty();
  }

  /** The sequencer never closes a batch larger than the prover's circuit. */
  List<String> batchSize() {
    List<String> v = new ArrayList<>();
    for (Pod s : pods("sequencer-service")) {
      int max =
          Integer.parseInt(orDefault(s.value("validium.sequencer.batch.max-transactions"), "1024"));
      for (Pod p : pods("prover-service")) {
        int slots = Integer.parseInt(orDefault(p.value("validium.prover.batch-size"), "1"));
        if (max > slots) {
          v.add(
              id(s.workload())
                  + " closes batches of up to "
                  + max
                  + " transactions; the prover's circuit has "
                  + slots
                  + " slots");
        }
      }
    }
    return v;
  }

  /** The prover autoscaler watches the prover's own group and topic on the prover's brokers. */
  List<String> proverAutoscaling() {
    List<String> v = new ArrayList<>();
    for (Pod p : pods("prover-service")) {
      JsonNode deployment = p.workload();
      if (deployment.path("spec").has("replicas")) {
        v.add(id(deployment) + ": sets replicas, which would fight the autoscaler on every apply");
      }
      List<JsonNode> scalers =
          r.ofKind("ScaledObject")
              .filter(
                  s ->
                      name(deployment)
                          .equals(s.path("spec").path("scaleTargetRef").path("name").asText()))
              .toList();
      if (scalers.size() != 1) {
        v.add(
            id(deployment)
                + ": expected one KEDA ScaledObject targeting it, found "
                + scalers.size());
        continue;
      }
      JsonNode s = scalers.get(0);
      String group = p.value("mp.messaging.incoming.batch-jobs.group.id");
      String topic = p.value("mp.messaging.incoming.batch-jobs.topic");
      // KEDA's operator connects from its own namespace: the prover's brokers, qualified with the
      // namespace the ScaledObject lives in.
      String brokers =
          qualify(
              p.value("kafka.bootstrap.servers"), s.path("metadata").path("namespace").asText(""));
      boolean matched = false;
      for (JsonNode t : s.path("spec").path("triggers")) {
        JsonNode md = t.path("metadata");
        matched |=
            t.path("type").asText().equals("kafka")
                && md.path("consumerGroup").asText().equals(group)
                && md.path("topic").asText().equals(topic)
                && md.path("bootstrapServers").asText().equals(brokers);
      }
      if (!matched) {
        v.add(
            id(s)
                + ": no kafka trigger on group "
                + group
                + ", topic "
                + topic
                + ", brokers "
                + brokers);
      }
      int max = s.path("spec").path("maxReplicaCount").asInt(100);
      r.ofKind("KafkaTopic")
          .filter(t -> topic.equals(t.path("spec").path("topicName").asText()))
          .forEach(
              t -> {
                if (max > t.path("spec").path("partitions").asInt()) {
                  v.add(id(s) + ": maxReplicaCount " + max + " exceeds the partitions of " + topic);
                }
              });
    }
    return v;
  }

  /** Every service in a cluster with Kafka uses that cluster's plain bootstrap address. */
  List<String> brokers() {
    List<String> v = new ArrayList<>();
    Set<String> bootstrap = new TreeSet<>();
    r.ofKind("Kafka")
        .forEach(
            k ->
                k.path("spec")
                    .path("kafka")
                    .path("listeners")
                    .forEach(
                        l -> {
                          if (!l.path("tls").asBoolean(false)
                              && l.path("type").asText().equals("internal")) {
                            bootstrap.add(name(k) + "-kafka-bootstrap:" + l.path("port").asInt());
                          }
                        }));
    if (bootstrap.isEmpty()) {
      return v;
    }
    for (String module : List.of("sequencer-service", "prover-service", "dac-node", "l1-bridge")) {
      for (Pod p : pods(module)) {
        String b = p.value("kafka.bootstrap.servers");
        if (!bootstrap.contains(b)) {
          v.add(id(p.workload()) + ": Kafka bootstrap " + b + " is not the cluster's " + bootstrap);
        }
      }
    }
    return v;
  }

  /** {@code host:port} of a Service in {@code namespace} as another namespace must name it. */
  static String qualify(String hostPort, String namespace) {
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    String port = colon < 0 ? "" : hostPort.substring(colon);
    return host.contains(".") || namespace.isEmpty()
        ? hostPort
        : host + "." + namespace + ".svc" + port;
  }

  private static String orDefault(String v, String d) {
    return v == null || v.isEmpty() ? d : v;
  }
}
