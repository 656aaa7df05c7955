package io.validium.dac.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.types.Address;
import io.validium.dac.store.NodeStorage;
import io.validium.dac.testing.Chain;
import io.validium.kafka.local.FreePorts;
import io.validium.kafka.local.LocalKafka;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.crypto.ECKeyPair;

/**
 * The packaged node with {@code dac.store.kind=remote}: batch data, the batch index and the signing
 * log go to a real Hot Rod server (file-backed), survive that server's restart and the node's
 * SIGKILL, and the replica is rebuilt from them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteStoreIT {
  private final ObjectMapper json = new ObjectMapper();
  private final Path dir = Path.of("target", "remote-store-it-" + System.nanoTime());
  private LocalKafka kafka;
  private KafkaProducer<String, byte[]> producer;
  private TopicTap attestations;
  private TopicTap refusals;

  @BeforeAll
  void startBroker() {
    kafka = LocalKafka.start(dir.resolve("kafka"));
    kafka.createTopics(
        Map.of(
            CommitteeKafkaIT.BATCHES, 1,
            CommitteeKafkaIT.ATTESTATIONS, 1,
            CommitteeKafkaIT.REFUSALS, 1));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    attestations = new TopicTap(kafka.bootstrapServers(), CommitteeKafkaIT.ATTESTATIONS);
    refusals = new TopicTap(kafka.bootstrapServers(), CommitteeKafkaIT.REFUSALS);
  }

  @AfterAll
  void stopBroker() {
    attestations.close();
    refusals.close();
    producer.close();
    kafka.close();
  }

  @Test
  void batchesAndTheSigningLogLiveInTheRemoteClusterAndSurviveItsRestart() throws Exception {
    int[] ports = FreePorts.pick(2);
    Chain chain = new Chain(88);
    List<Chain.Offer> signed = new ArrayList<>();
    try (HotRodTestServer server = new HotRodTestServer(dir.resolve("hotrod"), ports[0], true);
        NodeProcess node = remoteNode("remote-member", ports[1], server.start())) {
      node.start();
      Address member = Committee.address(node.key());
      signed.add(sign(chain, node, chain.next(chain.deposits(500, 0, 1))));
      signed.add(sign(chain, node, chain.next(chain.transfer(0, 1, 20))));
      assertThat(server.size(NodeStorage.BATCHES)).isEqualTo(2);
      assertThat(server.size(NodeStorage.BATCH_NUMBERS)).isEqualTo(2);
      assertThat(server.size(NodeStorage.SIGNING_LOG)).isEqualTo(2);

      // The cluster goes down and comes back on its files while the node keeps running.
      server.stop();
      server.start();
      assertThat(server.size(NodeStorage.SIGNING_LOG)).isEqualTo(2);
      signed.add(sign(chain, node, chain.next(chain.transfer(1, 0, 5))));

      // The node dies without closing anything; the restarted one rebuilds from the cluster.
      node.kill();
      server.stop();
      server.start();
      node.start();
      JsonNode status = json.readTree(node.get("/v1/status").body());
      assertThat(status.get("latestSigned").asLong()).isEqualTo(2);
      assertThat(status.get("replicaRoot").asText()).isEqualTo(chain.state().root().toString());
      for (Chain.Offer b : signed) {
        assertThat(node.get("/v1/batches/" + b.header().number().value()).body())
            .isEqualTo(b.dataBytes());
      }

      Chain.Offer other = chain.next(chain.transfer(0, 1, 1));
      Chain.Offer conflicting =
          new Chain.Offer(
              new io.validium.core.batch.BatchHeader(
                  signed.get(2).header().number(),
                  other.header().oldRoot(),
                  other.header().newRoot(),
                  other.header().commitment(),
                  other.header().l1OpsCommitment()),
              other.data());
      publish(conflicting);
      refusals.await(
          r ->
              r.value().contains("CONFLICTING_HEADER_ALREADY_SIGNED")
                  && r.value().contains(member.toString()),
          1);
      assertThat(node.get("/v1/batches/2").body()).isEqualTo(signed.get(2).dataBytes());
      sign(chain, node, chain.next(chain.transfer(0, 1, 1)));
      assertThat(server.size(NodeStorage.SIGNING_LOG)).isEqualTo(4);
    }
  }

  @Test
  void aNodeRefusesToStartOnAClusterWithoutItsCaches() throws Exception {
    int[] ports = FreePorts.pick(2);
    try (HotRodTestServer bare =
            new HotRodTestServer(dir.resolve("hotrod-bare"), ports[0], false).start();
        NodeProcess node = remoteNode("bare-member", ports[1], bare)) {
      assertThat(node.startAndAwaitExit()).isNotZero();
      assertThat(Files.readString(node.lastLog()))
          .contains("the Infinispan cluster has no cache named");
    }
  }

  private NodeProcess remoteNode(String name, int port, HotRodTestServer server) {
    return new NodeProcess(
        name,
        dir.resolve(name),
        port,
        ECKeyPair.create(BigInteger.valueOf(0x4e07_0001L + port)),
        kafka.bootstrapServers(),
        Map.of(
            "dac.store.kind", "remote",
            "dac.store.hotrod-uri", server.uri(),
            "mp.messaging.incoming.batches-in.session.timeout.ms", "6000",
            "mp.messaging.incoming.batches-in.heartbeat.interval.ms", "2000"));
  }

  private Chain.Offer sign(Chain chain, NodeProcess node, Chain.Offer b) {
    publish(b);
    attestations.await(r -> Committee.attests(r, b.header(), Committee.address(node.key())), 1);
    chain.accept(b);
    return b;
  }

  private void publish(Chain.Offer b) {
    ProducerRecord<String, byte[]> r =
        new ProducerRecord<>(
            CommitteeKafkaIT.BATCHES, Long.toString(b.header().number().value()), b.dataBytes());
    r.headers().add("validium-header", b.headerBytes());
    try {
      producer.send(r).get();
    } catch (Exception e) {
      throw new IllegalStateException("the broker did not take the batch", e);
    }
  }
}
