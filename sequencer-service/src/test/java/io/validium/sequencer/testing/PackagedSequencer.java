package io.validium.sequencer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.kafka.local.LocalKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** The packaged sequencer ({@code target/quarkus-app}) as a child process on a given broker. */
public final class PackagedSequencer implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalKafka kafka;
  private final Path dir;
  private final int port;
  private Process process;

  public PackagedSequencer(LocalKafka kafka, Path dir, int port) {
    this.kafka = kafka;
    this.dir = dir;
    this.port = port;
  }

  /** Starts run number {@code run} (its log is {@code sequencer-run.log}) and waits until ready. */
  public void start(int run) throws Exception {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
    if (!jar.toFile().exists()) {
      throw new AssertionError("package the sequencer first: " + jar + " is missing");
    }
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
            "-Dquarkus.http.port=" + port,
            "-Dquarkus.http.host=127.0.0.1",
            "-Dvalidium.sequencer.batch.max-transactions=16",
            "-Dvalidium.sequencer.batch.max-age=200ms",
            "-jar",
            jar.toString());
    process =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sequencer-" + run + ".log").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the sequencer did not become ready; see " + dir);
  }

  /** SIGTERM and wait: the orderly shutdown of a rolling restart. */
  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** SIGKILL: nothing is flushed or closed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Produces one record on {@code validium.l1.events}, as l1-bridge does (key {@code l1}). */
  public void relay(String json) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>("validium.l1.events", "l1", json)).get();
    }
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs a JSON body, as a client of the REST API does. */
  public HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON answer of a GET that must succeed. */
  public JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return MAPPER.readTree(r.body());
  }

  /** Waits up to a minute for the JSON at {@code path} to satisfy {@code done}. */
  public JsonNode await(String path, Predicate<JsonNode> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(path);
      if (r.statusCode() == 200) {
        last = MAPPER.readTree(r.body());
        if (done.test(last)) {
          return last;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out on " + path + "; last seen " + last);
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroyForcibly();
    }
  }
}
