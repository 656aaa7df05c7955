package io.validium.cli.devnet;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One devnet process: started with its output appended to its own log file, waited for until it is
 * ready, stopped with SIGTERM (SIGKILL if it does not stop in time). A process that exits while
 * nobody asked it to is reported once to the listener given at start.
 */
public final class ChildProcess {
  private static final Duration STOP = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path workDir;
  private final Path log;
  private volatile Process process;
  private volatile boolean stopping;

  ChildProcess(
      String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
    this.name = name;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.workDir = workDir;
    this.log = log;
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    Process p = process;
    return p != null && p.isAlive();
  }

  public long pid() {
    Process p = process;
    return p == null ? -1 : p.pid();
  }

  /**
   * Starts the process; {@code onUnexpectedExit} hears of an exit that {@link #stop} did not ask.
   */
  public synchronized void start(Consumer<ChildProcess> onUnexpectedExit) {
    if (isAlive()) {
      throw new IllegalStateException(name + " is already running");
    }
    try {
      Files.createDirectories(log.getParent());
      Files.createDirectories(workDir);
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.environment().putAll(environment);
      stopping = false;
      Process p = pb.start();
      p.getOutputStream().close();
      process = p;
      p.onExit()
          .thenRun(
              () -> {
                if (!stopping) {
                  onUnexpectedExit.accept(this);
                }
              });
    } catch (IOException e) {
      throw new DevnetException("cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  /** Waits until {@code url} answers 200, failing early if the process exits. */
  public void awaitHttpReady(URI url, Duration timeout) {
    awaitReady(timeout, () -> httpOk(url), "did not report ready at " + url);
  }

  /** Waits until the log holds {@code marker}, failing early if the process exits. */
  public void awaitLogLine(String marker, Duration timeout) {
    awaitReady(timeout, () -> tail(64 * 1024).contains(marker), "did not print \"" + marker + "\"");
  }

  private void awaitReady(Duration timeout, Check check, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (check.ok()) {
        return;
      }
      if (!isAlive()) {
        throw new DevnetException(
            name
                + " exited with status "
                + exitValue()
                + " while starting; its log ends with:\n"
                + tailLines(30));
      }
      sleep(250);
    }
    throw new DevnetException(
        name
            + " "
            + what
            + " within "
            + timeout.toSeconds()
            + " s; its log ends with:\n"
            + tailLines(30));
  }

  /** SIGTERM, then SIGKILL after 30 s. */
  public synchronized void stop() {
    Process p = process;
    stopping = true;
    if (p == null || !p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** SIGKILL: no chance to flush; for tests of crash recovery. */
  public synchronized void kill() {
    Process p = process;
    stopping = true;
    if (p != null) {
      p.destroyForcibly();
      try {
        p.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public int exitValue() {
    Process p = process;
    return p == null || p.isAlive() ? -1 : p.exitValue();
  }

  /** The last {@code lines} lines of the log. */
  public String tailLines(int lines) {
    String text = tail(16 * 1024);
    String[] all = text.split("\n", -1);
    int from = Math.max(0, all.length - lines - 1);
    return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length))
        .stripTrailing();
  }

  private String tail(int bytes) {
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(0, f.length() - bytes);
      byte[] buf = new byte[(int) (f.length() - start)];
      f.seek(start);
      f.readFully(buf);
      return new String(buf, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean httpOk(URI url) {
    try {
      HttpResponse<Void> r =
          HTTP.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevnetException("interrupted while waiting for a service", e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevnetException("interrupted", e);
    }
  }

  @FunctionalInterface
  private interface Check {
    boolean ok();
  }
}
