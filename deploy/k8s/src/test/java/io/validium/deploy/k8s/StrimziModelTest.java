package io.validium.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Strimzi model check rejects what a CRD's schema would: it is not a check that cannot fail.
 */
class StrimziModelTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static List<JsonNode> baseKafka() throws IOException {
    try (MappingIterator<JsonNode> it =
        YAML.readerFor(JsonNode.class)
            .readValues(Repo.k8s().resolve("base/kafka/kafka.yaml").toFile())) {
      return it.readAll();
    }
  }

  private static ObjectNode kafka() throws IOException {
    return (ObjectNode)
        baseKafka().stream()
            .filter(o -> o.path("kind").asText().equals("Kafka"))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void acceptsTheBaseKafkaAndNodePool() throws IOException {
    assertThat(baseKafka()).hasSizeGreaterThanOrEqualTo(2);
    for (JsonNode o : baseKafka()) {
      assertThat(StrimziModel.problem(o)).as(Rendering.id(o)).isEmpty();
    }
  }

  @Test
  void rejectsAMisspeltFieldNamingIt() throws IOException {
    ObjectNode kafka = kafka();
    ((ObjectNode) kafka.path("spec").path("kafka")).set("listners", YAML.createArrayNode());
    assertThat(StrimziModel.problem(kafka)).get().asString().contains("listners");
  }

  @Test
  void rejectsAnUnknownListenerType() throws IOException {
    ObjectNode kafka = kafka();
    ((ObjectNode) kafka.path("spec").path("kafka").path("listeners").get(0)).put("type", "intern");
    assertThat(StrimziModel.problem(kafka)).get().asString().contains("intern");
  }

  @Test
  void rejectsAWronglyTypedValue() throws IOException {
    ObjectNode kafka = kafka();
    ((ObjectNode) kafka.path("spec").path("kafka").path("listeners").get(0)).put("port", "plain");
    assertThat(StrimziModel.problem(kafka)).isPresent();
  }

  @Test
  void rejectsAnotherApiVersionAndAnUnknownKind() throws IOException {
    ObjectNode kafka = kafka();
    kafka.put("apiVersion", "kafka.strimzi.io/v1alpha1");
    assertThat(StrimziModel.problem(kafka)).get().asString().contains("v1alpha1");
    kafka.put("apiVersion", StrimziModel.API_VERSION).put("kind", "KafkaMirrorMaker");
    assertThat(StrimziModel.problem(kafka)).get().asString().contains("KafkaMirrorMaker");
  }
}
