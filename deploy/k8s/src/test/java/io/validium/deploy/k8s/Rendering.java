package io.validium.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The objects of one rendered overlay, with the look-ups the checks need. */
final class Rendering {

  private final String overlay;
  private final List<JsonNode> objects;

  Rendering(String overlay, List<JsonNode> objects) {
    this.overlay = overlay;
    this.objects = List.copyOf(objects);
  }

  String overlay() {
    return overlay;
  }

  List<JsonNode> all() {
    return objects;
  }

  Stream<JsonNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
  }

  Optional<JsonNode> find(String kind, String name) {
    return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
  }

  /** Deployments and StatefulSets. */
  List<JsonNode> workloads() {
    return Stream.concat(ofKind("Deployment"), ofKind("StatefulSet")).toList();
  }

  static String name(JsonNode o) {
    return o.path("metadata").path("name").asText();
  }

  static String id(JsonNode o) {
    return o.path("kind").asText() + "/" + name(o);
  }

  static JsonNode podSpec(JsonNode workload) {
    return workload.path("spec").path("template").path("spec");
  }

  static Map<String, String> podLabels(JsonNode workload) {
    return strings(workload.path("spec").path("template").path("metadata").path("labels"));
  }

  static List<JsonNode> containers(JsonNode workload) {
    List<JsonNode> all = new ArrayList<>();
    podSpec(workload).path("initContainers").forEach(all::add);
    podSpec(workload).path("containers").forEach(all::add);
    return all;
  }

  static Map<String, String> strings(JsonNode map) {
    Map<String, String> m = new TreeMap<>();
    map.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  /** Whether a label selector ({@code matchLabels} only, as these manifests use) selects labels. */
  static boolean selects(JsonNode selector, Map<String, String> labels) {
    if (selector.has("matchExpressions")) {
      throw new IllegalArgumentException("matchExpressions are not used in these manifests");
    }
    Map<String, String> wanted = strings(selector.path("matchLabels"));
    return !wanted.isEmpty()
        && wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }

  /** The data of the ConfigMap a container takes its environment from, merged. */
  Map<String, String> environmentOf(JsonNode container) {
    Map<String, String> env = new TreeMap<>();
    for (JsonNode from : container.path("envFrom")) {
      String cm = from.path("configMapRef").path("name").asText("");
      if (!cm.isEmpty()) {
        find("ConfigMap", cm).ifPresent(c -> env.putAll(strings(c.path("data"))));
      }
    }
    for (JsonNode e : container.path("env")) {
      if (e.has("value")) {
        env.put(e.path("name").asText(), e.path("value").asText());
      }
    }
    return env;
  }
}
