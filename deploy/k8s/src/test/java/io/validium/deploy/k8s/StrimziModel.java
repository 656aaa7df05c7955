package io.validium.deploy.k8s;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.Map;
import java.util.Optional;

/**
 * Reads rendered Strimzi objects into Strimzi's own model classes ({@code io.strimzi:api}, the
 * classes its CRDs are generated from), strictly: a misspelt or misplaced field, a value of the
 * wrong type or an unknown enum value (listener type, storage type, ...) is an error naming its
 * path. The model classes keep unknown fields in an "additional properties" map (the any-setter)
 * and some fabric8 ones ignore them; this mapper turns both off, so unknown fields fail. The object
 * is then written back and must come out with every value it went in with, which catches the enums
 * that read an unknown value as null.
 *
 * <p>Maven Central has no artifact with the CRDs' openAPIV3Schema (Strimzi publishes the model but
 * not its {@code crd-generator} nor the generated YAML), so bounds that live only in the schema
 * (minimums, patterns) are not checked here.
 */
final class StrimziModel {

  /** The Strimzi kinds these manifests use, by kind, with the model class each reads into. */
  static final Map<String, Class<?>> KINDS =
      Map.of(
          "Kafka", Kafka.class,
          "KafkaNodePool", KafkaNodePool.class,
          "KafkaTopic", KafkaTopic.class,
          "KafkaUser", KafkaUser.class);

  static final String API_VERSION = "kafka.strimzi.io/v1beta2";

  private static final ObjectMapper STRICT =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .setAnnotationIntrospector(new NoUnknownFields());

  private StrimziModel() {}

  /** Whether the object is one of Strimzi's custom resources (by its API group). */
  static boolean isStrimzi(JsonNode object) {
    return object.path("apiVersion").asText().startsWith("kafka.strimzi.io/");
  }

  /** Empty if the object reads into its model class; otherwise why not. */
  static Optional<String> problem(JsonNode object) {
    String kind = object.path("kind").asText();
    Class<?> type = KINDS.get(kind);
    if (type == null) {
      return Optional.of("kind " + kind + " is not one of " + KINDS.keySet());
    }
    if (!API_VERSION.equals(object.path("apiVersion").asText())) {
      return Optional.of(
          "apiVersion " + object.path("apiVersion").asText() + ", not " + API_VERSION);
    }
    JsonNode back;
    try {
      back = STRICT.valueToTree(STRICT.treeToValue(object, type));
    } catch (Exception e) {
      return Optional.of(e.getMessage().lines().findFirst().orElse(e.toString()));
    }
    // Some enums read an unknown value as null rather than failing: whatever the model dropped or
    // changed on the way in and out is reported too.
    // The model writes its own apiVersion (v1): the one read was checked above.
    return lost(((ObjectNode) object.deepCopy()).without("apiVersion"), back, "");
  }

  /** The first value of {@code in} that {@code out} does not have, equal, at the same path. */
  private static Optional<String> lost(JsonNode in, JsonNode out, String path) {
    if (in.isObject()) {
      for (var e : in.properties()) {
        Optional<String> p = lost(e.getValue(), out.path(e.getKey()), path + "." + e.getKey());
        if (p.isPresent()) {
          return p;
        }
      }
      return Optional.empty();
    }
    if (in.isArray()) {
      for (int i = 0; i < in.size(); i++) {
        Optional<String> p = lost(in.get(i), out.path(i), path + "[" + i + "]");
        if (p.isPresent()) {
          return p;
        }
      }
      return Optional.empty();
    }
    boolean same =
        in.isNumber() && out.isNumber()
            ? in.decimalValue().compareTo(out.decimalValue()) == 0
            : in.asText().equals(out.asText()) && !out.isMissingNode();
    return same
        ? Optional.empty()
        : Optional.of(
            path.substring(1)
                + ": "
                + in
                + " is not a value the model keeps (read back as "
                + out
                + ")");
  }

  /** Jackson's introspection without any-setters and without {@code ignoreUnknown}. */
  private static final class NoUnknownFields extends JacksonAnnotationIntrospector {
    @Override
    public Boolean hasAnySetter(Annotated a) {
      return Boolean.FALSE;
    }

    /** Everything is written back, defaults included, so the round trip can be compared. */
    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated a) {
      return JsonInclude.Value.empty();
    }

    @Override
    public JsonIgnoreProperties.Value findPropertyIgnoralByName(
        MapperConfig<?> config, Annotated a) {
      JsonIgnoreProperties.Value v = super.findPropertyIgnoralByName(config, a);
      return v.withoutIgnoreUnknown();
    }
  }
}
