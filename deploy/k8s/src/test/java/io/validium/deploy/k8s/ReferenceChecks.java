package io.validium.deploy.k8s;

import static io.validium.deploy.k8s.Rendering.containers;
import static io.validium.deploy.k8s.Rendering.id;
import static io.validium.deploy.k8s.Rendering.name;
import static io.validium.deploy.k8s.Rendering.podSpec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The references from pods to Secrets, ConfigMaps and claims, against the overlay and EXTERNAL.md.
 */
final class ReferenceChecks {

  private final Rendering r;

  ReferenceChecks(Rendering r) {
    this.r = r;
  }

  /**
   * Every Secret, ConfigMap and PersistentVolumeClaim a pod refers to, and every key it takes from
   * one, is in the overlay or in EXTERNAL.md; and every EXTERNAL.md row of the overlay is used.
   */
  List<String> check(ExternalObjects external) {
    List<String> v = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (JsonNode w : r.workloads()) {
      Set<String> claimTemplates = new TreeSet<>();
      w.path("spec").path("volumeClaimTemplates").forEach(t -> claimTemplates.add(name(t)));
      for (JsonNode vol : podSpec(w).path("volumes")) {
        if (vol.has("secret")) {
          ref(
              v,
              used,
              external,
              w,
              "Secret",
              vol.path("secret").path("secretName").asText(),
              keys(vol.path("secret")));
        }
        if (vol.has("configMap")) {
          ref(
              v,
              used,
              external,
              w,
              "ConfigMap",
              vol.path("configMap").path("name").asText(),
              keys(vol.path("configMap")));
        }
        for (JsonNode s : vol.path("projected").path("sources")) {
          if (s.has("secret")) {
            ref(
                v,
                used,
                external,
                w,
                "Secret",
                s.path("secret").path("name").asText(),
                keys(s.path("secret")));
          }
        }
        if (vol.has("persistentVolumeClaim")) {
          ref(
              v,
              used,
              external,
              w,
              "PersistentVolumeClaim",
              vol.path("persistentVolumeClaim").path("claimName").asText(),
              Set.of());
        }
      }
      for (JsonNode c : containers(w)) {
        for (JsonNode e : c.path("env")) {
          JsonNode sk = e.path("valueFrom").path("secretKeyRef");
          if (!sk.isMissingNode()) {
            ref(
                v,
                used,
                external,
                w,
                "Secret",
                sk.path("name").asText(),
                Set.of(sk.path("key").asText()));
          }
          JsonNode ck = e.path("valueFrom").path("configMapKeyRef");
          if (!ck.isMissingNode()) {
            ref(
                v,
                used,
                external,
                w,
                "ConfigMap",
                ck.path("name").asText(),
                Set.of(ck.path("key").asText()));
          }
        }
        for (JsonNode from : c.path("envFrom")) {
          if (from.has("secretRef")) {
            ref(
                v,
                used,
                external,
                w,
                "Secret",
                from.path("secretRef").path("name").asText(),
                Set.of());
          }
          if (from.has("configMapRef")) {
            ref(
                v,
                used,
                external,
                w,
                "ConfigMap",
                from.path("configMapRef").path("name").asText(),
                Set.of());
          }
        }
      }
    }
    for (ExternalObjects.Entry e : external.of(r.overlay())) {
      if (!used.contains(e.kind() + "/" + e.name())) {
        v.add(
            "EXTERNAL.md lists "
                + e.kind()
                + "/"
                + e.name()
                + " for "
                + r.overlay()
                + " but nothing refers to it");
      }
    }
    return v;
  }

  private static Set<String> keys(JsonNode source) {
    Set<String> k = new TreeSet<>();
    source.path("items").forEach(i -> k.add(i.path("key").asText()));
    return k;
  }

  private void ref(
      List<String> v,
      Set<String> used,
      ExternalObjects external,
      JsonNode w,
      String kind,
      String target,
      Set<String> keys) {
    used.add(kind + "/" + target);
    Optional<JsonNode> here = r.find(kind, target);
    Set<String> present = new TreeSet<>();
    if (here.isPresent()) {
      here.get().path("data").fieldNames().forEachRemaining(present::add);
      here.get().path("stringData").fieldNames().forEachRemaining(present::add);
      here.get().path("binaryData").fieldNames().forEachRemaining(present::add);
    } else {
      Optional<ExternalObjects.Entry> e = external.find(r.overlay(), kind, target);
      if (e.isEmpty()) {
        v.add(
            id(w)
                + " refers to "
                + kind
                + "/"
                + target
                + ", which is neither in the overlay nor in EXTERNAL.md");
        return;
      }
      present.addAll(e.get().keys());
    }
    if (!kind.equals("PersistentVolumeClaim")) {
      for (String k : keys) {
        if (!present.contains(k)) {
          v.add(
              id(w)
                  + " takes key "
                  + k
                  + " from "
                  + kind
                  + "/"
                  + target
                  + ", which has "
                  + present);
        }
      }
    }
  }
}
