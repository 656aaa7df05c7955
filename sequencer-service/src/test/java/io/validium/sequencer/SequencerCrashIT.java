package io.validium.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.types.AccountId;
import io.validium.core.types.TokenId;
import io.validium.kafka.local.FreePorts;
import io.validium.kafka.local.LocalKafka;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.PackagedSequencer;
import io.validium.sequencer.testing.TestChain;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private LocalKafka kafka;
  private PackagedSequencer sequencer;

  @AfterEach
  void stop() {
    if (sequencer != null) {
      sequencer.close();
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
    sequencer = new PackagedSequencer(kafka, dir, FreePorts.pick(1)[0]);
    sequencer.start(1);

    List<AccountId> senders = new ArrayList<>();
    AccountId sink = AccountId.of(1);
    deposit(0, sink, 0);
    for (int i = 0; i < SENDERS; i++) {
      AccountId id = AccountId.of(10 + i);
      senders.add(id);
      deposit(i + 1, id, FUNDS);
    }
    sequencer.await(
        "/v1/roots", r -> r.get("nextDepositIndex").asText().equals("" + (SENDERS + 1)));

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
                    HttpResponse<String> r = sequencer.post("/v1/transactions", body);
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
    sequencer.kill();
    stop.set(true);
    for (Thread t : load) {
      t.join();
    }

    sequencer.start(2);
    for (String hash : acknowledged) {
      assertThat(sequencer.get("/v1/transactions/" + hash).statusCode())
          .as("receipt of %s", hash)
          .isEqualTo(200);
    }
    long moved = 0;
    for (AccountId from : senders) {
      JsonNode acc = sequencer.json("/v1/accounts/" + from);
      long nonce = acc.get("nonce").asLong();
      long balance = acc.get("balances").get(0).get("amount").asLong();
      assertThat(nonce).isLessThanOrEqualTo(sent.get(from));
      assertThat(balance).as("one unit per applied transfer").isEqualTo(FUNDS - nonce);
      moved += nonce;
    }
    long received =
        sequencer.json("/v1/accounts/" + sink).get("balances").get(0).get("amount").asLong();
    assertThat(received).isEqualTo(moved);
    assertThat(moved).isGreaterThanOrEqualTo(acknowledged.size());
    String root = sequencer.json("/v1/roots").get("currentRoot").asText();

    sequencer.stop();
    sequencer.start(3);
    assertThat(sequencer.json("/v1/roots").get("currentRoot").asText()).isEqualTo(root);
    AccountId first = senders.get(0);
    long next = sequencer.json("/v1/accounts/" + first).get("nonce").asLong();
    HttpResponse<String> more =
        sequencer.post(
            "/v1/transactions",
            TestChain.json(TestChain.transfer(first, sink, TokenId.ETH, 1, next)));
    assertThat(more.statusCode()).isEqualTo(202);
  }

  private void deposit(long index, AccountId id, long amount) throws Exception {
    sequencer.relay(TestChain.json(TestChain.deposit(index, id, amount)));
  }
}
