package io.validium.kafka.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Kafka broker (KRaft, broker and controller in one node) running as a child JVM on
 * 127.0.0.1, for tests. A child process, not a thread, so that a test can kill it with SIGKILL and
 * restart it on the same data and ports, and so that it dies with the test JVM. The broker's log
 * goes to {@code kafka.log} in the data directory.
 *
 * <pre>{@code
 * try (LocalKafka kafka = LocalKafka.start(tempDir)) {
 *   kafka.createTopic("validium.batches", 1);
 *   ... bootstrap.servers = kafka.bootstrapServers()
 * }
 * }</pre>
 */
public final class LocalKafka implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final Duration STOP = Duration.ofSeconds(60);

  private final BrokerSettings settings;
  private final List<String> jvmOptions;
  private Process process;

  private LocalKafka(BrokerSettings settings, List<String> jvmOptions) {
    this.settings = settings;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /** Starts a broker on free ports, keeping its data in {@code dataDir}. */
  public static LocalKafka start(Path dataDir) {
    return start(BrokerSettings.onFreePorts(dataDir));
  }

  public static LocalKafka start(BrokerSettings settings) {
    return start(settings, List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC"));
  }

  /** Starts a broker with the given options for its JVM (heap size, GC). */
  public static LocalKafka start(BrokerSettings settings, List<String> jvmOptions) {
    LocalKafka kafka = new LocalKafka(settings, jvmOptions);
    kafka.launch();
    return kafka;
  }

  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  public BrokerSettings settings() {
    return settings;
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The broker process's id, for tests that signal it themselves. */
  public synchronized long pid() {
    requireRunning();
    return process.pid();
  }

  public void createTopic(String name, int partitions) {
    createTopics(Map.of(name, partitions));
  }

  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  public void createTopics(Map<String, Integer> partitionsByTopic) {
    requireRunning();
    try {
      Topics.create(bootstrapServers(), partitionsByTopic, Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /** SIGKILL: the broker gets no chance to flush or shut down. */
  public synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      waitFor(process, STOP);
      process = null;
    }
  }

  /** Stops the broker (cleanly, unless it is already gone) and starts it on the same data. */
  public synchronized void restart() {
    stop();
    launch();
  }

  /** SIGTERM and a clean shutdown; SIGKILL if it does not stop in time. */
  public synchronized void stop() {
    if (process != null) {
      process.destroy();
      if (!waitFor(process, STOP)) {
        process.destroyForcibly();
        waitFor(process, STOP);
      }
      process = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private synchronized void launch() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(KafkaLocalMain.class.getName());
    command.add("--data-dir");
    command.add(settings.dataDir().toString());
    command.add("--port");
    command.add(Integer.toString(settings.brokerPort()));
    command.add("--controller-port");
    command.add(Integer.toString(settings.controllerPort()));
    command.add("--parent-pid");
    command.add(Long.toString(ProcessHandle.current().pid()));
    command.add("--startup-timeout-seconds");
    command.add(Long.toString(STARTUP.toSeconds()));
    if (!settings.autoCreateTopics()) {
      command.add("--no-auto-create-topics");
    }
    Path log = settings.dataDir().resolve("kafka.log");
    try {
      Files.createDirectories(settings.dataDir());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Kafka broker JVM", e);
    }
    awaitReady(process, log);
  }

  private static void awaitReady(Process p, Path log) {
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.startsWith(KafkaLocalMain.READY)) {
                    ready.complete(true);
                  }
                }
              } catch (IOException e) {
                // The process is gone; the future below reports it.
              }
              ready.complete(false);
            },
            "kafka-local-stdout-" + p.pid());
    reader.setDaemon(true);
    reader.start();
    boolean up;
    try {
      up = ready.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IllegalStateException("interrupted while the broker started", e);
    } catch (ExecutionException | TimeoutException e) {
      up = false;
    }
    if (!up) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "the Kafka broker did not start within " + STARTUP + "; see " + log);
    }
  }

  private void requireRunning() {
    if (!isRunning()) {
      throw new IllegalStateException("the broker is not running");
    }
  }

  private static boolean waitFor(Process p, Duration timeout) {
    try {
      return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
