package io.validium.l1.testing;

import io.validium.zk.testing.evm.EthRpc;
import io.validium.zk.testing.evm.EvmToolchain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An anvil on 127.0.0.1 whose URL the bridge is given (zk's Anvil keeps its port to itself), with a
 * block time when asked for one: the bridge's watcher needs blocks that come without traffic.
 */
public final class AnvilNode implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final URI url;

  private AnvilNode(Process process, Path log, URI url) {
    this.process = process;
    this.log = log;
    this.url = url;
  }

  /**
   * Starts anvil, mining on each transaction; with {@code blockTimeSeconds} > 0 also on a timer.
   */
  public static AnvilNode start(int blockTimeSeconds) {
    EvmToolchain tools = EvmToolchain.require();
    try {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      Path log = Files.createTempFile("anvil-node", ".log");
      List<String> cmd =
          new ArrayList<>(
              List.of(tools.anvil().toString(), "--host", "127.0.0.1", "--port", "" + port));
      if (blockTimeSeconds > 0) {
        cmd.addAll(List.of("--block-time", "" + blockTimeSeconds));
      }
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
      AnvilNode node = new AnvilNode(p, log, URI.create("http://127.0.0.1:" + port));
      node.awaitListening();
      return node;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start anvil: " + e.getMessage(), e);
    }
  }

  public String url() {
    return url.toString();
  }

  public EthRpc rpc() {
    return new EthRpc(url);
  }

  private void awaitListening() throws IOException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      if (Files.readString(log).contains("Listening on")) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("anvil exited: " + Files.readString(log));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("anvil did not listen: " + Files.readString(log));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      Files.deleteIfExists(log);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a leftover log in the temp folder is harmless
    }
  }
}
