package io.validium.dac.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.da.DaCertificate;
import io.validium.core.field.Fr;
import io.validium.core.types.Address;
import io.validium.core.types.StateRoot;
import io.validium.da.committee.AttestationDigest;
import io.validium.da.committee.CertificateCheck;
import io.validium.da.committee.CommitteeCertificate;
import io.validium.da.committee.Keyset;
import io.validium.dac.testing.Chain;
import io.validium.kafka.local.FreePorts;
import io.validium.kafka.local.LocalKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;

/**
 * Three packaged dac-node processes (threshold 2) on one real KRaft broker, fed through {@code
 * validium.batches} as the sequencer feeds them. The broker and the nodes are started once; the
 * tests run in order on one chain, each leaving the committee at the next batch to sign.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommitteeKafkaIT {
  static final String BATCHES = "validium.batches";
  static final String ATTESTATIONS = "validium.attestations";
  static final String REFUSALS = "validium.attestations.rejected";
  static final int MAX_BATCH_BYTES = 262_144;

  private final ObjectMapper json = new ObjectMapper();
  private final Path dir = Path.of("target", "committee-it-" + System.nanoTime());
  private final Chain chain = new Chain(61);
  private final List<Chain.Offer> attested = new ArrayList<>();
  private final List<NodeProcess> nodes = new ArrayList<>();
  private LocalKafka kafka;
  private KafkaProducer<String, byte[]> producer;
  private TopicTap attestations;
  private TopicTap refusals;
  private Keyset keyset;
  private Chain.Offer conflicting;

  @BeforeAll
  void startBrokerAndCommittee() throws Exception {
    kafka = LocalKafka.start(dir.resolve("kafka"));
    kafka.createTopics(Map.of(BATCHES, 1, ATTESTATIONS, 1, REFUSALS, 1));
    int[] ports = FreePorts.pick(3);
    for (int i = 0; i < 3; i++) {
      nodes.add(
          new NodeProcess(
              "it-member-" + i,
              dir.resolve("member-" + i),
              ports[i],
              ECKeyPair.create(BigInteger.valueOf(0xdac0_0001L + i)),
              kafka.bootstrapServers(),
              Map.of(
                  "dac.api.max-batch-bytes", Integer.toString(MAX_BATCH_BYTES),
                  // A node killed by the test rejoins its group without waiting 45 s for the old
                  // member's session to lapse.
                  "mp.messaging.incoming.batches-in.session.timeout.ms", "6000",
                  "mp.messaging.incoming.batches-in.heartbeat.interval.ms", "2000")));
    }
    CompletableFuture.allOf(
            nodes.stream()
                .map(n -> CompletableFuture.runAsync(n::start))
                .toArray(CompletableFuture[]::new))
        .get();
    keyset = Committee.keyset(nodes, 2);
    java.util.Properties p = new java.util.Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    attestations = new TopicTap(kafka.bootstrapServers(), ATTESTATIONS);
    refusals = new TopicTap(kafka.bootstrapServers(), REFUSALS);
  }

  @AfterAll
  void stopEverything() {
    nodes.forEach(NodeProcess::close);
    for (AutoCloseable c : new AutoCloseable[] {attestations, refusals, producer, kafka}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // Keep closing the rest.
      }
    }
  }

  @Test
  @Order(1)
  void certificatesFormFromTheMembersAttestations() {
    Chain.Offer b0 = publishHonest(chain.deposits(1_000, 0, 1, 2));
    Chain.Offer b1 = publishHonest(List.of(chain.transfer(0, 1, 10)));

    for (Chain.Offer b : List.of(b0, b1)) {
      List<ConsumerRecord<String, String>> signed =
          attestations.await(r -> Committee.attests(r, b.header()), 3);
      assertThat(signed.stream().map(r -> Address.wrap(Committee.parse(r).signer())).distinct())
          .containsExactlyInAnyOrderElementsOf(keyset.members());
      DaCertificate cert =
          Committee.certify(attestations.records(), b.header(), keyset).orElseThrow();
      assertThat(CommitteeCertificate.decode(cert.encoded()).orElseThrow().signatures()).hasSize(2);
      assertThat(CertificateCheck.check(digest(b.header()), cert.encoded(), keyset))
          .isEqualTo(CertificateCheck.Verdict.VALID);
    }
  }

  @Test
  @Order(2)
  void aBatchWhoseDataDoesNotReachTheClaimedNewRootIsRefusedAndNotSigned() {
    Chain.Offer b2 = chain.next(chain.transfer(1, 2, 5));
    conflicting = chain.next(chain.transfer(2, 0, 3));
    BatchHeader h = b2.header();
    Chain.Offer lying =
        b2.withHeader(
            new BatchHeader(
                h.number(),
                h.oldRoot(),
                StateRoot.of(Fr.of(12345)),
                h.commitment(),
                h.l1OpsCommitment()));

    publish(lying.headerBytes(), lying.dataBytes());
    for (NodeProcess n : nodes) {
      refusals.await(r -> refusal(r, n, "NEW_ROOT_MISMATCH") && r.key().equals("2"), 1);
      assertThat(status(n).get("latestSigned").asLong()).isEqualTo(1);
      assertThat(n.get("/v1/batches/2").statusCode()).isEqualTo(404);
    }

    publish(b2.headerBytes(), b2.dataBytes());
    attestations.await(r -> Committee.attests(r, b2.header()), 3);
    chain.accept(b2);
    attested.add(b2);
    assertThat(attestations.records())
        .noneMatch(r -> Committee.attests(r, lying.header()))
        .filteredOn(r -> r.key().equals("2"))
        .allMatch(r -> Committee.attests(r, b2.header()));
  }

  @Test
  @Order(3)
  void aSecondDifferentBatchForANumberAlreadySignedIsRefused() {
    Chain.Offer b2 = attested.get(2);
    assertThat(conflicting.header().number()).isEqualTo(b2.header().number());
    assertThat(conflicting.header()).isNotEqualTo(b2.header());

    publish(conflicting.headerBytes(), conflicting.dataBytes());
    for (NodeProcess n : nodes) {
      refusals.await(r -> refusal(r, n, "CONFLICTING_HEADER_ALREADY_SIGNED"), 1);
      assertThat(n.get("/v1/batches/2").body()).isEqualTo(b2.dataBytes());
    }
    assertThat(attestations.records()).noneMatch(r -> Committee.attests(r, conflicting.header()));
  }

  @Test
  @Order(4)
  void garbageRecordsGetARefusalWithAReasonAndLeaveTheStateAsItWas() {
    List<List<String>> before = nodes.stream().map(this::stateOf).toList();
    Chain.Offer b3 = chain.next(chain.transfer(0, 2, 1));
    Chain.Offer other = chain.next(chain.transfer(1, 0, 2));
    byte[] data = b3.dataBytes();
    Random random = new Random(3);
    byte[] oversized = new byte[MAX_BATCH_BYTES + 1];
    random.nextBytes(oversized);
    byte[] noise = new byte[500];
    random.nextBytes(noise);
    int already = refusals.records().size();

    publish(b3.headerBytes(), Arrays.copyOf(data, data.length / 2));
    publish(b3.headerBytes(), other.dataBytes());
    publish(b3.headerBytes(), oversized);
    publish(b3.headerBytes(), noise);
    publish(Arrays.copyOf(noise, 137), data);
    publish(null, data);

    List<String> expected =
        List.of(
            "MALFORMED_DATA",
            "COMMITMENT_MISMATCH",
            "TOO_LARGE",
            "MALFORMED_DATA",
            "MALFORMED_HEADER",
            "MALFORMED_HEADER");
    for (NodeProcess n : nodes) {
      List<ConsumerRecord<String, String>> mine =
          refusals.await(r -> r.offset() >= already && refusal(r, n, null), expected.size());
      assertThat(mine.stream().map(r -> read(r).get("reason").asText()))
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(mine).allSatisfy(r -> assertThat(read(r).get("detail").asText()).isNotBlank());
    }
    assertThat(nodes.stream().map(this::stateOf).toList()).isEqualTo(before);
    assertThat(attestations.records()).noneMatch(r -> r.key().equals("3"));
    nodes.forEach(n -> assertThat(n.get("/v1/batches/3").statusCode()).isEqualTo(404));

    publish(b3.headerBytes(), b3.dataBytes());
    attestations.await(r -> Committee.attests(r, b3.header()), 3);
    chain.accept(b3);
    attested.add(b3);
  }

  @Test
  @Order(5)
  void aNodeKilledAndRestartedCatchesUpFromKafkaAndSignsTheBacklog() {
    NodeProcess down = nodes.get(2);
    Address downMember = Committee.address(down.key());
    down.kill();

    List<Chain.Offer> backlog = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Chain.Offer b = publishWithoutWaiting(List.of(chain.transfer(i, (i + 1) % 3, 1)));
      attestations.await(r -> Committee.attests(r, b.header()), 2);
      chain.accept(b);
      attested.add(b);
      backlog.add(b);
      assertThat(Committee.certify(attestations.records(), b.header(), keyset))
          .hasValueSatisfying(
              c ->
                  assertThat(CertificateCheck.check(digest(b.header()), c.encoded(), keyset))
                      .isEqualTo(CertificateCheck.Verdict.VALID));
    }
    assertThat(attestations.records())
        .noneMatch(
            r -> backlog.stream().anyMatch(b -> Committee.attests(r, b.header(), downMember)));

    down.start();
    for (Chain.Offer b : backlog) {
      attestations.await(r -> Committee.attests(r, b.header(), downMember), 1);
    }
    assertThat(status(down).get("latestSigned").asLong()).isEqualTo(attested.size() - 1);
    assertThat(status(down).get("replicaRoot").asText()).isEqualTo(chain.state().root().toString());
  }

  @Test
  @Order(6)
  void storedBatchesAreServedAfterARestartOfTheProcess() {
    NodeProcess killed = nodes.get(2);
    NodeProcess stopped = nodes.get(0);
    stopped.stop();
    stopped.start();
    for (NodeProcess n : List.of(killed, stopped)) {
      for (Chain.Offer b : attested) {
        long number = b.header().number().value();
        assertThat(n.get("/v1/batches/" + number).body())
            .as("batch %d from %s", number, n.name())
            .isEqualTo(b.dataBytes());
        assertThat(n.get("/v1/batches/by-commitment/" + b.header().commitment()).body())
            .isEqualTo(b.dataBytes());
      }
      assertThat(status(n).get("latestSigned").asLong()).isEqualTo(attested.size() - 1);
    }
  }

  @Test
  @Order(7)
  void aMemberRestartedOnARotatedKeySignsWithItAndStillRefusesAConflict() throws Exception {
    NodeProcess rotated = nodes.get(1);
    Address oldAddress = Committee.address(rotated.key());
    ECKeyPair newKey = ECKeyPair.create(BigInteger.valueOf(0xdac0_1001L));
    Path keys = Files.createDirectories(rotated.dir().resolve("keys"));
    String password = "rotation-" + System.nanoTime();
    Path keystore =
        keys.resolve(WalletUtils.generateWalletFile(password, newKey, keys.toFile(), false));
    Path passwordFile = Files.writeString(keys.resolve("password"), password);
    rotated.stop();
    rotated.rotateKey(newKey, keystore, passwordFile);
    rotated.start();
    Address newAddress = Committee.address(newKey);
    assertThat(status(rotated).get("member").asText()).isEqualTo(newAddress.toString());

    // The signing log stayed with the store: the new key cannot sign a conflict of the old one's.
    Chain.Offer last = attested.get(attested.size() - 1);
    BatchHeader h = last.header();
    Chain.Offer conflict =
        last.withHeader(
            new BatchHeader(
                h.number(),
                h.oldRoot(),
                StateRoot.of(Fr.of(777)),
                h.commitment(),
                h.l1OpsCommitment()));
    publish(conflict.headerBytes(), conflict.dataBytes());
    refusals.await(
        r ->
            r.value().contains(newAddress.toString())
                && r.value().contains("CONFLICTING_HEADER_ALREADY_SIGNED"),
        1);

    // The next epoch's keyset names the new address; a certificate counts it.
    List<Address> next = new ArrayList<>(keyset.members());
    next.set(next.indexOf(oldAddress), newAddress);
    Keyset epoch1 = new Keyset(1, next, 2);
    Chain.Offer b = publishWithoutWaiting(List.of(chain.transfer(2, 1, 1)));
    attestations.await(r -> Committee.attests(r, b.header(), newAddress), 1);
    attestations.await(r -> Committee.attests(r, b.header()), 3);
    chain.accept(b);
    attested.add(b);
    assertThat(attestations.records()).noneMatch(r -> Committee.attests(r, b.header(), oldAddress));
    assertThat(attestations.records()).noneMatch(r -> Committee.attests(r, conflict.header()));
    DaCertificate cert =
        Committee.certify(attestations.records(), b.header(), epoch1).orElseThrow();
    assertThat(CertificateCheck.check(digest(b.header()), cert.encoded(), epoch1))
        .isEqualTo(CertificateCheck.Verdict.VALID);
    keyset = epoch1;
  }

  @Test
  @Order(8)
  void aMemberWhoseBacklogIsGoneFromKafkaRefusesALyingPeerAndSignsWhatAnHonestOneServes()
      throws Exception {
    NodeProcess down = nodes.get(0);
    Address downMember = Committee.address(down.key());
    down.kill();
    List<Chain.Offer> backlog = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Chain.Offer b =
          publishWithoutWaiting(List.of(chain.transfer(0, 1, 1 + i), chain.transfer(2, 0, 1)));
      attestations.await(r -> Committee.attests(r, b.header()), 2);
      chain.accept(b);
      attested.add(b);
      backlog.add(b);
      DaCertificate cert =
          Committee.certify(attestations.records(), b.header(), keyset).orElseThrow();
      assertThat(CertificateCheck.check(digest(b.header()), cert.encoded(), keyset))
          .isEqualTo(CertificateCheck.Verdict.VALID);
    }
    deleteEveryBatchRecord();

    // The liar relays an honest member's attestations but serves data missing a transaction.
    Map<Long, byte[]> tampered = new java.util.HashMap<>();
    for (Chain.Offer b : backlog) {
      BatchData d = b.data();
      tampered.put(
          d.number().value(),
          BatchCodec.encodeData(
              new BatchData(d.domain(), d.number(), d.transactions().subList(0, 1))));
    }
    try (LyingPeer liar = new LyingPeer(nodes.get(2), tampered)) {
      down.reconfigure(
          Map.of(
              "dac.peers.urls",
              liar.uri() + "," + nodes.get(1).uri() + "," + nodes.get(2).uri(),
              "dac.peers.timeout",
              "PT20S"));
      down.start();
      for (Chain.Offer b : backlog) {
        String n = Long.toString(b.header().number().value());
        attestations.await(r -> Committee.attests(r, b.header(), downMember), 1);
        refusals.await(r -> r.key().equals(n) && refusal(r, down, "COMMITMENT_MISMATCH"), 1);
        assertThat(liar.dataServed(b.header().number().value())).isPositive();
        assertThat(down.get("/v1/batches/" + n).body()).isEqualTo(b.dataBytes());
      }
    }
    assertThat(status(down).get("latestSigned").asLong()).isEqualTo(attested.size() - 1);
    assertThat(status(down).get("replicaRoot").asText()).isEqualTo(chain.state().root().toString());
  }

  /** What retention does to a member that stays away long enough: its backlog leaves the topic. */
  private void deleteEveryBatchRecord() throws Exception {
    TopicPartition tp = new TopicPartition(BATCHES, 0);
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      long end =
          admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get().offset();
      admin.deleteRecords(Map.of(tp, RecordsToDelete.beforeOffset(end))).all().get();
      assertThat(
              admin
                  .listOffsets(Map.of(tp, OffsetSpec.earliest()))
                  .partitionResult(tp)
                  .get()
                  .offset())
          .isEqualTo(end);
    }
  }

  private Chain.Offer publishHonest(List<io.validium.core.tx.Transaction> txs) {
    Chain.Offer b = publishWithoutWaiting(txs);
    attestations.await(r -> Committee.attests(r, b.header()), 3);
    chain.accept(b);
    attested.add(b);
    return b;
  }

  private Chain.Offer publishWithoutWaiting(List<io.validium.core.tx.Transaction> txs) {
    Chain.Offer b = chain.next(txs);
    publish(b.headerBytes(), b.dataBytes());
    return b;
  }

  private void publish(byte[] header, byte[] data) {
    String key = Integer.toString(attested.size());
    ProducerRecord<String, byte[]> r = new ProducerRecord<>(BATCHES, key, data);
    if (header != null) {
      r.headers().add("validium-header", header);
    }
    try {
      producer.send(r).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker did not take the batch", e);
    }
  }

  private boolean refusal(ConsumerRecord<String, String> r, NodeProcess n, String reason) {
    JsonNode v = read(r);
    return v.get("member").asText().equals(Committee.address(n.key()).toString())
        && (reason == null || v.get("reason").asText().equals(reason));
  }

  private JsonNode read(ConsumerRecord<String, String> r) {
    try {
      return json.readTree(r.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode status(NodeProcess n) {
    try {
      return json.readTree(n.get("/v1/status").body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a refused batch must not move: latest stored, latest signed, replica root. */
  private List<String> stateOf(NodeProcess n) {
    JsonNode s = status(n);
    return List.of(
        s.get("latestStored").asText(),
        s.get("latestSigned").asText(),
        s.get("replicaRoot").asText());
  }

  private static byte[] digest(BatchHeader h) {
    return new AttestationDigest(Chain.DOMAIN).digest(h);
  }
}
