package io.validium.dac.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server posing as a committee member: it relays an honest member's attestations (so
 * the headers are genuine) but serves its own bytes as the batch data. A member catching up from it
 * must refuse every batch it serves.
 */
final class LyingPeer implements AutoCloseable {
  private static final Pattern ATTESTATION = Pattern.compile("/v1/batches/(\\d+)/attestation");
  private static final Pattern DATA = Pattern.compile("/v1/batches/(\\d+)");

  private final NodeProcess honest;
  private final Map<Long, byte[]> data;
  private final Map<Long, Integer> dataServed = new ConcurrentHashMap<>();
  private final HttpServer server;

  LyingPeer(NodeProcess honest, Map<Long, byte[]> data) throws IOException {
    this.honest = honest;
    this.data = Map.copyOf(data);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** How many times the data of batch {@code n} was served. */
  int dataServed(long n) {
    return dataServed.getOrDefault(n, 0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    Matcher a = ATTESTATION.matcher(path);
    Matcher d = DATA.matcher(path);
    if (a.matches()) {
      var real = honest.get(path);
      respond(ex, real.statusCode(), real.body());
    } else if (d.matches() && data.containsKey(Long.parseLong(d.group(1)))) {
      long n = Long.parseLong(d.group(1));
      dataServed.merge(n, 1, Integer::sum);
      respond(ex, 200, data.get(n));
    } else {
      respond(ex, 404, new byte[0]);
    }
  }

  private static void respond(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
