package io.validium.benchmarks.dac;

import io.validium.core.da.DaCertificate;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.da.committee.AttestationDigest;
import io.validium.da.committee.AttestationRecord;
import io.validium.da.committee.CertificateCheck;
import io.validium.da.committee.CommitteeCertificateCollector;
import io.validium.da.committee.Keyset;
import io.validium.kafka.local.FreePorts;
import io.validium.kafka.local.LocalKafka;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * Attestation latency of a committee: the time from publishing a batch on {@code validium.batches}
 * to the moment the threshold of member attestations read from {@code validium.attestations} makes
 * a certificate (da-committee's collector, each certificate checked as the L1 verifier would). A
 * real KRaft broker (kafka-local) and {@code --members} packaged dac-node processes, each with its
 * own embedded Infinispan file store; batches are honest transfer batches filled to each size and
 * published one at a time, so each figure is one batch's latency, not a throughput.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.validium.benchmarks.dac.AttestationLatency \
 *   --members 5 --threshold 3 --sizes 65536,1048576 --batches 10,3 --warmup 1
 * </pre>
 */
public final class AttestationLatency {
  private static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  private static final String BATCHES = "validium.batches";
  private static final String ATTESTATIONS = "validium.attestations";
  private static final String REFUSALS = "validium.attestations.rejected";
  private static final int MAX_RECORD = 12 * 1024 * 1024;
  private static final Duration PATIENCE = Duration.ofMinutes(15);

  private int members = 5;
  private int threshold = 3;
  private int[] sizes = {65_536, 1_048_576};
  private int[] batches = {10, 3};
  private int warmup = 1;
  private int accounts = 512;
  private String heap = "384m";
  private Path jar = Path.of("dac-node", "target", "quarkus-app", "quarkus-run.jar");
  private Path work = Path.of("target", "dac-latency-" + System.currentTimeMillis());

  public static void main(String[] args) throws Exception {
    AttestationLatency b = new AttestationLatency();
    b.parse(args);
    b.run();
  }

  private void parse(String[] args) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--members" -> members = Integer.parseInt(v);
        case "--threshold" -> threshold = Integer.parseInt(v);
        case "--sizes" -> sizes = ints(v);
        case "--batches" -> batches = ints(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--accounts" -> accounts = Integer.parseInt(v);
        case "--node-heap" -> heap = v;
        case "--node-jar" -> jar = Path.of(v);
        case "--work-dir" -> work = Path.of(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0 || sizes.length != batches.length) {
      throw new IllegalArgumentException("options come in pairs; --sizes and --batches align");
    }
  }

  private static int[] ints(String csv) {
    return Arrays.stream(csv.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
  }

  private void run() throws Exception {
    MemberProcess.requireJar(jar);
    System.out.printf("load average at start: %s%n", loadAverage());
    long t = System.nanoTime();
    SizedBatches chain = new SizedBatches(DOMAIN, 4, accounts);
    SizedBatches.Sized opening = chain.deposits(1_000_000);
    List<List<SizedBatches.Sized>> bySize = new ArrayList<>();
    for (int s = 0; s < sizes.length; s++) {
      List<SizedBatches.Sized> list = new ArrayList<>();
      for (int i = 0; i < warmup + batches[s]; i++) {
        list.add(chain.transfers(sizes[s]));
      }
      bySize.add(list);
    }
    System.out.printf("built the batches in %.1f s%n", (System.nanoTime() - t) / 1e9);

    Files.createDirectories(work);
    List<MemberProcess> nodes = new ArrayList<>();
    try (LocalKafka kafka = LocalKafka.start(work.resolve("kafka"))) {
      createTopics(kafka.bootstrapServers());
      int[] ports = FreePorts.pick(members);
      List<Address> addresses = new ArrayList<>();
      for (int i = 0; i < members; i++) {
        ECKeyPair key = ECKeyPair.create(BigInteger.valueOf(0xbe7c_0001L + i));
        addresses.add(Address.parse("0x" + Keys.getAddress(key)));
        nodes.add(
            MemberProcess.start(
                jar,
                work.resolve("member-" + i),
                "bench-member-" + i,
                ports[i],
                bytes32(key.getPrivateKey()),
                kafka.bootstrapServers(),
                heap));
      }
      t = System.nanoTime();
      for (MemberProcess n : nodes) {
        n.awaitReady();
      }
      System.out.printf(
          "%d members ready in %.1f s (not measured)%n", members, (System.nanoTime() - t) / 1e9);
      Keyset keyset = new Keyset(0, addresses, threshold);
      CommitteeCertificateCollector collector =
          new CommitteeCertificateCollector(DOMAIN, () -> keyset);
      try (Tap tap = new Tap(kafka.bootstrapServers(), collector);
          KafkaProducer<String, byte[]> producer = producer(kafka.bootstrapServers())) {
        latency(producer, collector, keyset, opening);
        System.out.printf("opening batch of %d deposits certified%n", accounts);
        for (int s = 0; s < sizes.length; s++) {
          List<Double> millis = new ArrayList<>();
          List<SizedBatches.Sized> list = bySize.get(s);
          for (int i = 0; i < list.size(); i++) {
            double ms = latency(producer, collector, keyset, list.get(i));
            System.out.printf(
                "batch %d (%d bytes)%s: %.0f ms%n",
                list.get(i).header().number().value(),
                list.get(i).data().length,
                i < warmup ? ", warm-up" : "",
                ms);
            if (i >= warmup) {
              millis.add(ms);
            }
          }
          report(sizes[s], list.get(0).data().length, millis);
        }
      }
    } finally {
      nodes.forEach(MemberProcess::close);
    }
    System.out.printf("load average at end: %s%n", loadAverage());
  }

  private double latency(
      KafkaProducer<String, byte[]> producer,
      CommitteeCertificateCollector collector,
      Keyset keyset,
      SizedBatches.Sized b)
      throws Exception {
    CompletableFuture<DaCertificate> cert = collector.collect(b.header()).toCompletableFuture();
    CompletableFuture<Long> done = cert.thenApply(c -> System.nanoTime());
    ProducerRecord<String, byte[]> r =
        new ProducerRecord<>(BATCHES, Long.toString(b.header().number().value()), b.data());
    r.headers().add("validium-header", b.headerBytes());
    long start = System.nanoTime();
    producer.send(r).get();
    long end = done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    CertificateCheck.Verdict v =
        CertificateCheck.check(
            new AttestationDigest(DOMAIN).digest(b.header()), cert.join().encoded(), keyset);
    if (v != CertificateCheck.Verdict.VALID) {
      throw new IllegalStateException("batch " + b.header().number() + " certificate " + v);
    }
    return (end - start) / 1e6;
  }

  private void report(int target, int actual, List<Double> millis) {
    List<Double> sorted = millis.stream().sorted().toList();
    System.out.printf(
        "%d-of-%d, batch %d bytes (target %d): n=%d p50=%.0f ms p95=%.0f ms min=%.0f max=%.0f%n",
        threshold,
        members,
        actual,
        target,
        sorted.size(),
        rank(sorted, 0.50),
        rank(sorted, 0.95),
        sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  /** Nearest-rank percentile. */
  private static double rank(List<Double> sorted, double p) {
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static void createTopics(String bootstrap) throws Exception {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(p)) {
      Map<String, String> big = Map.of("max.message.bytes", Integer.toString(MAX_RECORD));
      admin
          .createTopics(
              List.of(
                  new NewTopic(BATCHES, 1, (short) 1).configs(big),
                  new NewTopic(ATTESTATIONS, 1, (short) 1),
                  new NewTopic(REFUSALS, 1, (short) 1)))
          .all()
          .get(60, TimeUnit.SECONDS);
    }
  }

  private static KafkaProducer<String, byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(MAX_RECORD));
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static byte[] bytes32(BigInteger k) {
    byte[] raw = k.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }

  /** Reads the attestation topic from its start and offers every record to the collector. */
  private static final class Tap implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    Tap(String bootstrap, CommitteeCertificateCollector collector) {
      Properties p = new Properties();
      p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
      consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
      TopicPartition tp = new TopicPartition(ATTESTATIONS, 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      thread =
          new Thread(
              () -> {
                try {
                  while (running) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                      AttestationRecord.Parsed parsed = AttestationRecord.parse(r.value());
                      if (parsed.isOk()) {
                        collector.offer(parsed.attestation());
                      }
                    }
                  }
                } catch (org.apache.kafka.common.errors.WakeupException e) {
                  // Closing.
                } finally {
                  consumer.close();
                }
              },
              "attestation-tap");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      consumer.wakeup();
      thread.join(10_000);
    }
  }
}
