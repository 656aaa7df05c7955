package io.validium.benchmarks.sequencer;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load generator for a running sequencer (127.0.0.1 only): opens sender accounts with deposits on
 * the L1 events topic, signs every transfer up front, then submits them over REST (closed loop,
 * {@code --concurrency} clients, optional {@code --rate} cap), over REST in bulk bodies of {@code
 * --bulk} transfers ({@code --mode bulk}, each transfer's latency is its body's) or over the
 * ingress topic, and prints accepted transfers per second and the acceptance latency percentiles
 * (for the ingress topic, until the transfer is durable in the sequencer's log: {@link
 * AcceptanceLog}). With {@code --warmup N} each sender's first N transfers go out first the same
 * way and are not counted, so that the measured phase sees JIT-compiled code in the sequencer, the
 * broker and this generator (a fresh JVM spends tens of CPU seconds in C2 under load); {@code --cpu
 * name=pid} (repeatable) prints that process's CPU time per measured transfer.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.validium.benchmarks.sequencer.SequencerLoad \
 *   --url http://127.0.0.1:8080 --kafka 127.0.0.1:9092 --mode rest --senders 64 \
 *   --transfers 20000 --concurrency 32 [--rate 2500]
 * </pre>
 */
public final class SequencerLoad {
  private static final Pattern NEXT_DEPOSIT = Pattern.compile("\"nextDepositIndex\":\"(\\d+)\"");
  private static final Pattern ACCEPTED = Pattern.compile("\"acceptedTransactions\":(\\d+)");
  private static final Pattern BULK_ACCEPTED = Pattern.compile("\"accepted\":(\\d+)");

  private final HttpClient http = HttpClient.newHttpClient();
  private String url = "http://127.0.0.1:8080";
  private String kafka = "127.0.0.1:9092";
  private String mode = "rest";
  private int senders = 64;
  private int transfers = 20_000;
  private int concurrency = 32;
  private int bulk = 100;
  private double rate;
  private int firstAccount = 1_000_000;
  private int warmup;
  private final List<String[]> cpuPids = new ArrayList<>();
  private Domain domain =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

  public static void main(String[] args) throws Exception {
    SequencerLoad load = new SequencerLoad();
    load.parse(args);
    load.run();
  }

  private void parse(String[] args) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = loopback(v);
        case "--kafka" -> kafka = v;
        case "--mode" -> mode = v;
        case "--senders" -> senders = Integer.parseInt(v);
        case "--transfers" -> transfers = Integer.parseInt(v);
        case "--concurrency" -> concurrency = Integer.parseInt(v);
        case "--bulk" -> bulk = Integer.parseInt(v);
        case "--rate" -> rate = Double.parseDouble(v);
        case "--first-account" -> firstAccount = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--cpu" -> cpuPids.add(v.split("=", 2));
        case "--chain-id" -> domain = new Domain(ChainId.parse(v), domain.validium());
        case "--validium" -> domain = new Domain(domain.chainId(), Address.parse(v));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (!kafka.startsWith("127.0.0.1:") && !kafka.startsWith("localhost:")) {
      throw new IllegalArgumentException("load goes to 127.0.0.1 only");
    }
    if (!mode.equals("rest") && !mode.equals("bulk") && !mode.equals("kafka")) {
      throw new IllegalArgumentException("--mode is rest, bulk or kafka");
    }
    if (bulk < 1) {
      throw new IllegalArgumentException("--bulk is at least 1");
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup is at least 0");
    }
    for (String[] c : cpuPids) {
      if (c.length != 2 || !c[1].matches("\\d{1,9}")) {
        throw new IllegalArgumentException("--cpu is name=pid");
      }
    }
  }

  private static String loopback(String u) {
    if (!u.startsWith("http://127.0.0.1:") && !u.startsWith("http://localhost:")) {
      throw new IllegalArgumentException("load goes to 127.0.0.1 only");
    }
    return u;
  }

  private void run() throws Exception {
    AccountId sink = AccountId.of(firstAccount);
    List<AccountId> from = new ArrayList<>();
    for (int i = 1; i <= senders; i++) {
      from.add(AccountId.of(firstAccount + i));
    }
    openAccounts(sink, from);
    int perSender = warmup + (transfers + senders - 1) / senders;
    System.out.printf("signing %d transfers...%n", perSender * senders);
    String[][] bodies = new String[senders][];
    IntStream.range(0, senders)
        .parallel()
        .forEach(
            s -> {
              EdDsaPrivateKey key = key(from.get(s));
              bodies[s] = new String[perSender];
              for (int n = 0; n < perSender; n++) {
                bodies[s][n] = transferJson(from.get(s), sink, n, key);
              }
            });
    if (warmup > 0) {
      System.out.printf("warm-up: %d transfers, not counted%n", warmup * senders);
      phase(from, bodies, 0, warmup, "warm-up ");
    }
    long[] cpu0 = cpuTicks();
    int measured = phase(from, bodies, warmup, perSender, "");
    long[] cpu1 = cpuTicks();
    for (int i = 0; i < cpuPids.size(); i++) {
      double seconds = (cpu1[i] - cpu0[i]) / 100.0;
      System.out.printf(
          "%s CPU over the measured phase: %.1f s, %.3f ms a transfer%n",
          cpuPids.get(i)[0], seconds, seconds * 1000 / measured);
    }
    System.out.printf("load (1, 5, 15 min): %s%n", loadAverage());
  }

  /** Submits transfers [lo, hi) of every sender; answers how many that is. */
  private int phase(List<AccountId> from, String[][] bodies, int lo, int hi, String label)
      throws Exception {
    long before = accepted();
    if (mode.equals("rest")) {
      rest(bodies, lo, hi, label);
    } else if (mode.equals("bulk")) {
      bulk(bodies, lo, hi, label);
    } else {
      kafka(from, bodies, lo, hi, before, label);
    }
    return (hi - lo) * bodies.length;
  }

  /** utime + stime of each {@code --cpu} process in clock ticks (USER_HZ, 100 on Linux). */
  private long[] cpuTicks() throws java.io.IOException {
    long[] ticks = new long[cpuPids.size()];
    for (int i = 0; i < ticks.length; i++) {
      String stat =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc", cpuPids.get(i)[1], "stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      ticks[i] = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
    return ticks;
  }

  private void rest(String[][] bodies, int lo, int hi, String label) throws InterruptedException {
    int total = bodies.length * (hi - lo);
    long[] latencies = new long[total];
    AtomicLong next = new AtomicLong();
    AtomicLong ok = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    long start = System.nanoTime();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      final int client = c;
      Thread t =
          new Thread(
              () -> {
                // Client c owns senders c, c + concurrency, ...: each sender's nonces stay in
                // order.
                for (int n = lo; n < hi; n++) {
                  for (int s = client; s < bodies.length; s += concurrency) {
                    long slot = next.getAndIncrement();
                    pace(start, slot);
                    long t0 = System.nanoTime();
                    int status = post(bodies[s][n]);
                    long dt = System.nanoTime() - t0;
                    if (status == 202) {
                      latencies[(int) ok.getAndIncrement()] = dt;
                    } else {
                      refused.incrementAndGet();
                    }
                  }
                }
              });
      t.start();
      clients.add(t);
    }
    for (Thread t : clients) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] done = Arrays.copyOf(latencies, (int) ok.get());
    Arrays.sort(done);
    System.out.printf(
        "%sREST: %d accepted, %d not, in %.1f s: %.0f transfers/s (concurrency %d, rate cap %s)%n",
        label,
        ok.get(),
        refused.get(),
        seconds,
        ok.get() / seconds,
        concurrency,
        rate > 0 ? rate + "/s" : "none");
    System.out.printf(
        "acceptance latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
        pct(done, 0.50), pct(done, 0.90), pct(done, 0.99), pct(done, 0.999), pct(done, 1.0));
  }

  private void bulk(String[][] bodies, int lo, int hi, String label) throws InterruptedException {
    int total = bodies.length * (hi - lo);
    long[] latencies = new long[total];
    AtomicLong next = new AtomicLong();
    AtomicLong ok = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    long start = System.nanoTime();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      final int client = c;
      Thread t =
          new Thread(
              () -> {
                // The same order as rest(): client c owns senders c, c + concurrency, ...; its
                // transfers go out in bodies of --bulk, decided in body order.
                List<String> items = new ArrayList<>();
                for (int n = lo; n < hi; n++) {
                  for (int s = client; s < bodies.length; s += concurrency) {
                    items.add(bodies[s][n]);
                  }
                }
                for (int i = 0; i < items.size(); i += bulk) {
                  List<String> part = items.subList(i, Math.min(items.size(), i + bulk));
                  pace(start, next.getAndAdd(part.size()));
                  long t0 = System.nanoTime();
                  long accepted = postBulk("[" + String.join(",", part) + "]");
                  long dt = System.nanoTime() - t0;
                  for (long k = 0; k < accepted; k++) {
                    latencies[(int) ok.getAndIncrement()] = dt;
                  }
                  refused.addAndGet(part.size() - accepted);
                }
              });
      t.start();
      clients.add(t);
    }
    for (Thread t : clients) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] done = Arrays.copyOf(latencies, (int) ok.get());
    Arrays.sort(done);
    System.out.printf(
        "%sREST bulk: %d accepted, %d not, in %.1f s: %.0f transfers/s (concurrency %d, %d a body,"
            + " rate cap %s)%n",
        label,
        ok.get(),
        refused.get(),
        seconds,
        ok.get() / seconds,
        concurrency,
        bulk,
        rate > 0 ? rate + "/s" : "none");
    System.out.printf(
        "acceptance latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
        pct(done, 0.50), pct(done, 0.90), pct(done, 0.99), pct(done, 0.999), pct(done, 1.0));
  }

  private void kafka(
      List<AccountId> from, String[][] bodies, int lo, int hi, long before, String label)
      throws Exception {
    int total = bodies.length * (hi - lo);
    long[][] sentAt = new long[bodies.length][hi - lo];
    List<Long> ids = from.stream().map(a -> (long) a.value()).toList();
    long start;
    long seen = before;
    try (AcceptanceLog log = new AcceptanceLog(kafka, ids, sentAt, lo)) {
      start = System.nanoTime();
      try (KafkaProducer<String, String> p = producer()) {
        for (int n = lo; n < hi; n++) {
          for (int s = 0; s < bodies.length; s++) {
            pace(start, (long) (n - lo) * bodies.length + s);
            sentAt[s][n - lo] = System.nanoTime();
            p.send(
                new ProducerRecord<>("validium.tx.ingress", from.get(s).toString(), bodies[s][n]));
          }
        }
      }
      long target = before + total;
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (seen < target && System.nanoTime() < deadline) {
        // Not faster: each read of the roots makes the sequencer hash what changed since the last.
        Thread.sleep(250);
        seen = accepted();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%sKafka: %d of %d accepted in %.1f s: %.0f transfers/s (rate cap %s)%n",
          label,
          seen - before,
          total,
          seconds,
          (seen - before) / seconds,
          rate > 0 ? rate + "/s" : "none");
      log.awaitAll(Duration.ofSeconds(10));
      log.close();
      long[] done = log.sortedLatencies();
      System.out.printf(
          "acceptance latency ms (send to durable in the log, %d of %d read): p50 %.1f  p90 %.1f"
              + "  p99 %.1f  p99.9 %.1f  max %.1f%n",
          done.length,
          total,
          pct(done, 0.50),
          pct(done, 0.90),
          pct(done, 0.99),
          pct(done, 0.999),
          pct(done, 1.0));
      long[] commit = log.sortedCommitMillis();
      System.out.printf(
          "  of which log commit and read (from the record's CreateTime): p50 %d  p90 %d  p99 %d"
              + "  max %d ms%n",
          at(commit, 0.50), at(commit, 0.90), at(commit, 0.99), at(commit, 1.0));
    }
  }

  /** The q-quantile of a sorted array (nearest rank); -1 when it is empty. */
  private static long at(long[] sorted, double q) {
    if (sorted.length == 0) {
      return -1;
    }
    return sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
  }

  private void pace(long start, long slot) {
    if (rate <= 0) {
      return;
    }
    long due = start + (long) (slot * 1e9 / rate);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void openAccounts(AccountId sink, List<AccountId> from) throws Exception {
    long first = match(NEXT_DEPOSIT, get("/v1/roots"));
    List<String> events = new ArrayList<>();
    events.add(depositJson(first, sink, 0));
    for (int i = 0; i < from.size(); i++) {
      events.add(depositJson(first + 1 + i, from.get(i), 1L << 40));
    }
    try (KafkaProducer<String, String> p = producer()) {
      for (String e : events) {
        p.send(new ProducerRecord<>("validium.l1.events", "deposit", e));
      }
    }
    long want = first + events.size();
    while (match(NEXT_DEPOSIT, get("/v1/roots")) < want) {
      Thread.sleep(100);
    }
    System.out.printf("opened %d accounts from deposit %d%n", events.size(), first);
  }

  private KafkaProducer<String, String> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
  }

  private String transferJson(AccountId from, AccountId to, long nonce, EdDsaPrivateKey key) {
    Amount amount = Amount.of(1);
    Transfer t =
        new Transfer(
            domain,
            from,
            to,
            TokenId.ETH,
            amount,
            Nonce.of(nonce),
            key.sign(Transfer.message(domain, from, to, TokenId.ETH, amount, Nonce.of(nonce))));
    return String.format(
        "{\"type\":\"transfer\",\"chainId\":\"%s\",\"validium\":\"%s\",\"from\":\"%s\","
            + "\"to\":\"%s\",\"tokenId\":\"0\",\"amount\":\"1\",\"nonce\":\"%d\","
            + "\"signature\":{\"r8x\":\"%s\",\"r8y\":\"%s\",\"s\":\"%s\"}}",
        domain.chainId(),
        domain.validium(),
        from,
        to,
        nonce,
        hex(t.signature().r8x()),
        hex(t.signature().r8y()),
        hex(Fr.fromBigInteger(t.signature().s())));
  }

  private String depositJson(long index, AccountId id, long amount) {
    EdDsaPrivateKey key = key(id);
    return String.format(
        "{\"type\":\"deposit\",\"chainId\":\"%s\",\"validium\":\"%s\",\"depositIndex\":\"%d\","
            + "\"accountId\":\"%s\",\"publicKey\":{\"x\":\"%s\",\"y\":\"%s\"},\"tokenId\":\"0\","
            + "\"amount\":\"%d\"}",
        domain.chainId(),
        domain.validium(),
        index,
        id,
        hex(key.publicKey().x()),
        hex(key.publicKey().y()),
        amount);
  }

  /** A fixed key per account, so a rerun with the same accounts can sign for them again. */
  private static EdDsaPrivateKey key(AccountId id) {
    byte[] seed = ByteBuffer.allocate(EdDsaPrivateKey.LENGTH).putInt(id.value()).array();
    seed[31] = 42;
    return EdDsaPrivateKey.fromBytes(seed);
  }

  private static String hex(Fr f) {
    return "0x" + HexFormat.of().formatHex(f.toBytesBigEndian());
  }

  private int post(String body) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url + "/v1/transactions"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  /** The number of accepted items of a bulk body; 0 when the request failed. */
  private long postBulk(String body) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/v1/transactions/bulk"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? match(BULK_ACCEPTED, r.body()) : 0;
    } catch (Exception e) {
      return 0;
    }
  }

  private String get(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private long accepted() throws Exception {
    return match(ACCEPTED, get("/v1/roots"));
  }

  private static long match(Pattern p, String body) {
    Matcher m = p.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("unexpected answer: " + body);
    }
    return Long.parseLong(m.group(1));
  }

  /** The q-quantile of sorted nanoseconds, in milliseconds. */
  private static double pct(long[] sorted, double q) {
    return sorted.length == 0 ? Double.NaN : at(sorted, q) / 1e6;
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
