package io.validium.kafka.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * Runs one local KRaft broker in this JVM until it is told to stop (SIGTERM, or its parent process
 * exits). Prints {@value #READY} followed by the bootstrap address on stdout once clients can
 * connect and the requested topics exist. The devnet launcher and {@link LocalKafka} run it.
 *
 * <pre>
 * --data-dir DIR              where the broker keeps its log (formatted on first start)
 * --port N                    client port on 127.0.0.1 (0 or absent: a free one)
 * --controller-port N         KRaft controller port (0 or absent: a free one)
 * --topic NAME[:PARTITIONS]   creates a topic (repeatable; 1 partition by default)
 * --no-auto-create-topics     topics exist only when created explicitly
 * --parent-pid PID            stops when that process exits
 * --startup-timeout-seconds N how long to wait for the broker (default 120)
 * </pre>
 */
public final class KafkaLocalMain {
  /** The line prefix a parent waits for; the bootstrap address follows it. */
  public static final String READY = "KAFKA-LOCAL READY ";

  /** Kafka's own rule for topic names. */
  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

  private KafkaLocalMain() {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("kafka-local: " + e.getMessage());
      System.exit(2);
      return;
    }
    InProcessBroker broker = new InProcessBroker(o.settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              broker.close();
              stopped.countDown();
            },
            "kafka-local-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    if (o.parentPid > 0) {
      // An orphaned broker would hold its ports and data directory: follow the parent out.
      ProcessHandle.of(o.parentPid)
          .ifPresentOrElse(p -> p.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
    }
    try {
      broker.start(o.startupTimeout);
      if (!o.topics.isEmpty()) {
        broker.createTopics(o.topics, o.startupTimeout);
      }
    } catch (Exception e) {
      System.err.println("kafka-local: the broker failed to start: " + e);
      e.printStackTrace();
      System.exit(1);
    }
    System.out.println(READY + o.settings.bootstrapServers());
    System.out.flush();
    broker.awaitShutdown();
    stopped.await();
  }

  static final class Options {
    BrokerSettings settings;
    final Map<String, Integer> topics = new LinkedHashMap<>();
    long parentPid;
    Duration startupTimeout = Duration.ofSeconds(120);

    static Options parse(String[] args) {
      Options o = new Options();
      Path dataDir = null;
      int port = 0;
      int controllerPort = 0;
      boolean autoCreate = true;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
          case "--port" -> port = port(value(args, ++i, a), a);
          case "--controller-port" -> controllerPort = port(value(args, ++i, a), a);
          case "--topic" -> o.topic(value(args, ++i, a));
          case "--no-auto-create-topics" -> autoCreate = false;
          case "--parent-pid" -> o.parentPid = positive(value(args, ++i, a), a);
          case "--startup-timeout-seconds" ->
              o.startupTimeout = Duration.ofSeconds(positive(value(args, ++i, a), a));
          default -> throw new IllegalArgumentException("unknown argument " + a);
        }
      }
      if (dataDir == null) {
        throw new IllegalArgumentException("--data-dir is required");
      }
      if (port == 0) {
        port = freePortOtherThan(controllerPort);
      }
      if (controllerPort == 0) {
        controllerPort = freePortOtherThan(port);
      }
      o.settings = new BrokerSettings(dataDir, port, controllerPort, autoCreate);
      return o;
    }

    private static int freePortOtherThan(int taken) {
      int[] free = FreePorts.pick(2);
      return free[0] != taken ? free[0] : free[1];
    }

    private void topic(String spec) {
      int colon = spec.lastIndexOf(':');
      String name = colon < 0 ? spec : spec.substring(0, colon);
      int partitions = colon < 0 ? 1 : (int) positive(spec.substring(colon + 1), "--topic");
      if (!TOPIC.matcher(name).matches() || name.equals(".") || name.equals("..")) {
        throw new IllegalArgumentException("invalid topic name " + name);
      }
      if (partitions > 10_000) {
        throw new IllegalArgumentException("topic " + name + ": at most 10000 partitions");
      }
      topics.put(name, partitions);
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return args[i];
    }

    private static int port(String s, String flag) {
      long v = number(s, flag);
      if (v < 0 || v > 65_535) {
        throw new IllegalArgumentException(flag + " " + s + " is not a port");
      }
      return (int) v;
    }

    private static long positive(String s, String flag) {
      long v = number(s, flag);
      if (v < 1) {
        throw new IllegalArgumentException(flag + " " + s + " must be positive");
      }
      return v;
    }

    private static long number(String s, String flag) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + " " + s + " is not a number");
      }
    }
  }
}
