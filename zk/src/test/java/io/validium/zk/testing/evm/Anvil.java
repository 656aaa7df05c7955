package io.validium.zk.testing.evm;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local anvil node on 127.0.0.1, started on a port the OS picks and stopped by {@link #close()}.
 * Transactions are mined as they arrive, from ten unlocked, funded accounts.
 */
public final class Anvil implements AutoCloseable {

  private static final String HOST = "127.0.0.1";
  private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
  private static final long START_TIMEOUT_MILLIS = 30_000;

  private final Process process;
  private final Path log;
  private final EthRpc rpc;

  private final Thread stopAtExit;

  private Anvil(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.rpc = new EthRpc(URI.create("http://" + HOST + ":" + port));
    // A test JVM that exits without close() (a crash, a missed @AfterAll) must not leave a node.
    this.stopAtExit = new Thread(process::destroyForcibly, "anvil-stop");
    Runtime.getRuntime().addShutdownHook(stopAtExit);
  }

  /** Starts a node and waits until it listens. */
  public static Anvil start(EvmToolchain tools) {
    Path log = null;
    Process process = null;
    try {
      log = Files.createTempFile("anvil", ".log");
      // Port 0 lets the OS choose a free port; anvil prints the one it got.
      process =
          new ProcessBuilder(List.of(tools.anvil().toString(), "--host", HOST, "--port", "0"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      process.getOutputStream().close();
      return new Anvil(process, log, awaitPort(process, log));
    } catch (IOException | RuntimeException e) {
      if (process != null) {
        stop(process);
      }
      throw new IllegalStateException("cannot start anvil: " + e.getMessage(), e);
    }
  }

  /** The node's JSON-RPC client. */
  public EthRpc rpc() {
    return rpc;
  }

  /** Stops the node and removes its log. */
  @Override
  public void close() {
    stop(process);
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook stops nothing that is still running.
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // A leftover log in the temp folder is harmless.
    }
  }

  private static int awaitPort(Process process, Path log) throws IOException {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      String output = Files.readString(log);
      Matcher m = LISTENING.matcher(output);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "anvil exited with " + process.exitValue() + ":\n" + output);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while anvil starts", e);
      }
    }
    throw new IllegalStateException("anvil did not listen within 30 s:\n" + Files.readString(log));
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
