package io.validium.benchmarks.dac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/** One packaged dac-node as a child process: own store directory, port, consumer group and key. */
final class MemberProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofMinutes(5);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private MemberProcess(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  static MemberProcess start(
      Path jar, Path dir, String name, int port, byte[] key, String bootstrap, String heap)
      throws IOException {
    Files.createDirectories(dir);
    Path keyFile = Files.writeString(dir.resolve("member.key"), HexFormat.of().formatHex(key));
    Path log = dir.resolve("node.log");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heap,
            "-XX:+UseSerialGC",
            "-Dkafka.bootstrap.servers=" + bootstrap,
            "-Dquarkus.http.port=" + port,
            "-Ddac.member-name=" + name,
            "-Ddac.store.data-dir=" + dir.resolve("store").toAbsolutePath(),
            "-Ddac.key.raw-key-file=" + keyFile.toAbsolutePath(),
            "-jar",
            jar.toAbsolutePath().toString());
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new MemberProcess(name, port, p, log);
  }

  /** Waits until the node's readiness endpoint answers 200. */
  void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited at start, see " + log);
      }
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + STARTUP + ", see " + log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static void requireJar(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new UncheckedIOException(
          new IOException(
              jar + " is missing: build it with ./mvnw -o -B -q -pl dac-node -am package"));
    }
  }
}
