package io.validium.dac.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.ECKeyPair;

/**
 * One packaged dac-node ({@code target/quarkus-app/quarkus-run.jar}) as a child process with its
 * own store directory, HTTP port, consumer group and key. Restarts reuse all four, so a restarted
 * node is the same member on the same data.
 */
final class NodeProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final Path dir;
  private final int port;
  private ECKeyPair key;
  private List<String> keyProperties;
  private final List<String> properties;
  private List<String> laterProperties = List.of();
  private int launches;
  private Process process;

  NodeProcess(
      String name,
      Path dir,
      int port,
      ECKeyPair key,
      String bootstrapServers,
      Map<String, String> extra) {
    this.name = name;
    this.dir = dir.toAbsolutePath();
    this.port = port;
    this.key = key;
    Path keyFile = this.dir.resolve("member.key");
    try {
      Files.createDirectories(this.dir);
      Files.writeString(keyFile, HexFormat.of().formatHex(bytes32(key.getPrivateKey())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> p = new ArrayList<>();
    p.add("-Dkafka.bootstrap.servers=" + bootstrapServers);
    p.add("-Dquarkus.http.port=" + port);
    p.add("-Ddac.member-name=" + name);
    p.add("-Ddac.store.data-dir=" + this.dir.resolve("store"));
    keyProperties = List.of("-Ddac.key.raw-key-file=" + keyFile);
    extra.forEach((k, v) -> p.add("-D" + k + "=" + v));
    this.properties = List.copyOf(p);
  }

  /** Starts the process and returns once its readiness endpoint answers 200. */
  synchronized NodeProcess start() {
    awaitReady(launch());
    return this;
  }

  /** Starts the process and waits for it to exit, for a node that must refuse to start. */
  synchronized int startAndAwaitExit() {
    launch();
    try {
      if (!process.waitFor(STARTUP.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(name + " still running after " + STARTUP);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The log of the latest launch. */
  Path lastLog() {
    return dir.resolve("node-" + launches + ".log");
  }

  private Path launch() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is already running");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.addAll(properties);
    cmd.addAll(keyProperties);
    cmd.addAll(laterProperties);
    cmd.add("-jar");
    cmd.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString());
    Path log = dir.resolve("node-" + (++launches) + ".log");
    try {
      process =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
    return log;
  }

  private void awaitReady(Path log) {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited at start, see " + log);
      }
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException e) {
        // Not listening yet.
      }
      sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + STARTUP + ", see " + log);
  }

  /** SIGKILL: no shutdown hook runs, the store is never closed. */
  synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      waitFor(process);
      process = null;
    }
  }

  /** SIGTERM, Quarkus shuts down cleanly. */
  synchronized void stop() {
    if (process != null) {
      process.destroy();
      if (!waitFor(process)) {
        process.destroyForcibly();
        waitFor(process);
      }
      process = null;
    }
  }

  /**
   * Points the stopped node at another key, in a V3 keystore with its password in a file: the
   * operator's step of a key rotation. The store, port and consumer group stay.
   */
  synchronized void rotateKey(ECKeyPair newKey, Path keystore, Path passwordFile) {
    if (process != null) {
      throw new IllegalStateException("stop " + name + " before rotating its key");
    }
    key = newKey;
    keyProperties =
        List.of(
            "-Ddac.key.keystore=" + keystore.toAbsolutePath(),
            "-Ddac.key.password-file=" + passwordFile.toAbsolutePath());
  }

  /** Sets properties for the stopped node's next launches, on top of those it was made with. */
  synchronized void reconfigure(Map<String, String> more) {
    if (process != null) {
      throw new IllegalStateException("stop " + name + " before reconfiguring it");
    }
    laterProperties =
        more.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
  }

  /** The base URL of the node's REST API. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  Path dir() {
    return dir;
  }

  String name() {
    return name;
  }

  ECKeyPair key() {
    return key;
  }

  HttpResponse<byte[]> get(String path) {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build();
    try {
      return HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static boolean waitFor(Process p) {
    try {
      return p.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes32(BigInteger k) {
    byte[] raw = k.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }
}
