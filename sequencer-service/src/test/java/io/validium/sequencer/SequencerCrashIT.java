package io.validium.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.tx.Deposit;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.kafka.local.FreePorts;
import io.validium.kafka.local.LocalKafka;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.TestChain;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged sequencer as a child process on a real broker, killed with SIGKILL under load and
 * restarted: every acknowledged transfer is still there, nothing is applied twice (nonces and the
 * conserved total say so), and a second restart rebuilds the very same root.
 */
class SequencerCrashIT {
  private static final int SENDERS = 4;
  private static final long FUNDS = 1_000_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private LocalKafka kafka;
  private Process sequencer;
  private int port;

  @AfterEach
  void stop() {
    if (sequencer != null) {
      sequencer.destroyForcibly();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void losesNoAcknowledgedTransferAndAppliesNoneTwiceWhenKilledUnderLoad() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "crash-it-" + System.nanoTime()));
    kafka = LocalKafka.start(dir.resolve("kafka"));
    kafka.createTopics(KafkaTestResource.TOPICS);
    port = FreePorts.pick(1)[0];
    sequencer = startSequencer(dir, 1);

    List<AccountId> senders = new ArrayList<>();
    AccountId sink = AccountId.of(1);
    deposit(0, sink, 0);
    for (int i = 0; i < SENDERS; i++) {
      AccountId id = AccountId.of(10 + i);
      senders.add(id);
      deposit(i + 1, id, FUNDS);
    }
    awaitJson("/v1/roots", r -> r.get("nextDepositIndex").asText().equals("" + (SENDERS + 1)));

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Map<AccountId, Integer> sent = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch enough = new CountDownLatch(60);
    List<Thread> load = new ArrayList<>();
    for (AccountId from : senders) {
      Thread t =
          new Thread(
              () -> {
                for (int nonce = 0; nonce < 10_000 && !stop.get(); nonce++) {
                  String body =
                      TestChain.json(TestChain.transfer(from, sink, TokenId.ETH, 1, nonce));
                  sent.put(from, nonce + 1);
                  try {
                    HttpResponse<String> r = post("/v1/transactions", body);
                    if (r.statusCode() != 202) {
                      return;
                    }
                    acknowledged.add(MAPPER.readTree(r.body()).get("txHash").asText());
                    enough.countDown();
                  } catch (IOException | InterruptedException e) {
                    return; // the sequencer is gone
                  }
                }
              });
      t.start();
      load.add(t);
    }
    enough.await();
    sequencer.destroyForcibly().waitFor();
    stop.set(true);
    for (Thread t : load) {
      t.join();
    }

    sequencer = startSequencer(dir, 2);
    for (String hash : acknowledged) {
      assertThat(get("/v1/transactions/" + hash).statusCode())
          .as("receipt of %s", hash)
          .isEqualTo(200);
    }
    long moved = 0;
    for (AccountId from : senders) {
      JsonNode acc = json(get("/v1/accounts/" + from).body());
      long nonce = acc.get("nonce").asLong();
      long balance = acc.get("balances").get(0).get("amount").asLong();
      assertThat(nonce).isLessThanOrEqualTo(sent.get(from));
      assertThat(balance).as("one unit per applied transfer").isEqualTo(FUNDS - nonce);
      moved += nonce;
    }
    long received =
        json(get("/v1/accounts/" + sink).body()).get("balances").get(0).get("amount").asLong();
    assertThat(received).isEqualTo(moved);
    assertThat(moved).isGreaterThanOrEqualTo(acknowledged.size());
    String root = json(get("/v1/roots").body()).get("currentRoot").asText();

    sequencer.destroy();
    sequencer.waitFor();
    sequencer = startSequencer(dir, 3);
    assertThat(json(get("/v1/roots").body()).get("currentRoot").asText()).isEqualTo(root);
    AccountId first = senders.get(0);
    long next = json(get("/v1/accounts/" + first).body()).get("nonce").asLong();
    HttpResponse<String> more =
        post(
            "/v1/transactions",
            TestChain.json(TestChain.transfer(first, sink, TokenId.ETH, 1, next)));
    assertThat(more.statusCode()).isEqualTo(202);
  }

  private Process startSequencer(Path dir, int run) throws Exception {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
    assertThat(jar).exists();
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
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sequencer-" + run + ".log").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline && p.isAlive()) {
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return p;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the sequencer did not become ready; see " + dir);
  }

  private void deposit(long index, AccountId id, long amount) throws Exception {
    Deposit d =
        new Deposit(
            TestChain.DOMAIN,
            DepositIndex.of(index),
            id,
            TestChain.key(id).publicKey(),
            TokenId.ETH,
            Amount.of(amount));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      producer
          .send(new ProducerRecord<>("validium.l1.events", id.toString(), TestChain.json(d)))
          .get();
    }
  }

  private void awaitJson(String path, java.util.function.Predicate<JsonNode> done)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (done.test(json(get(path).body()))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out on " + path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String s) throws IOException {
    return MAPPER.readTree(s);
  }
}
