package io.validium.dac.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.codec.BatchCodec;
import io.validium.core.types.BatchNumber;
import io.validium.dac.node.IngestResult;
import io.validium.dac.node.MemberNode;
import io.validium.dac.rest.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Fetches the batches this member has not signed yet from other members' REST APIs (header from the
 * peer's attestation, data by number) and offers each to the node like any other input: it is
 * signed only if the data hashes to the header's commitment and re-executes from the member's own
 * root. Every peer answer is bounded and validated; a bad or silent peer is skipped.
 */
public final class PeerCatchUp {
  private static final Logger LOG = Logger.getLogger(PeerCatchUp.class);
  private static final int MAX_ATTESTATION_BYTES = 4096;

  private final MemberNode node;
  private final List<URI> peers;
  private final Optional<String> token;
  private final Duration timeout;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  public PeerCatchUp(MemberNode node, List<URI> peers, Optional<String> token, Duration timeout) {
    this.node = node;
    this.peers = List.copyOf(peers);
    this.token = token;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /**
   * Catches up as far as the peers reach; returns what the node answered for each fetched batch
   * (refusals included), after handing each to {@code onResult}.
   */
  public List<IngestResult> catchUp(Consumer<IngestResult> onResult) {
    List<IngestResult> results = new ArrayList<>();
    boolean progressed = true;
    while (progressed) {
      progressed = false;
      BatchNumber next = node.nextToSign();
      for (URI peer : peers) {
        Optional<IngestResult> r = tryPeer(peer, next);
        if (r.isEmpty()) {
          continue;
        }
        results.add(r.get());
        onResult.accept(r.get());
        if (r.get().isAttested()) {
          progressed = true;
          break;
        }
      }
    }
    return results;
  }

  private Optional<IngestResult> tryPeer(URI peer, BatchNumber n) {
    try {
      Optional<byte[]> attestation =
          get(peer, "/v1/batches/" + n + "/attestation", MAX_ATTESTATION_BYTES);
      if (attestation.isEmpty()) {
        return Optional.empty();
      }
      JsonNode a = json.readTree(attestation.get());
      byte[] header = Wire.parseHex(a.path("header").asText(null), BatchCodec.HEADER_BYTES);
      if (header == null) {
        LOG.warnf("peer %s sent an unreadable attestation for batch %s", peer, n);
        return Optional.empty();
      }
      Optional<byte[]> data = get(peer, "/v1/batches/" + n, node.maxBatchBytes());
      return data.map(d -> node.ingest(header, d));
    } catch (IOException e) {
      LOG.warnf("peer %s failed for batch %s: %s", peer, n, e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Optional<byte[]> get(URI peer, String path, int maxBytes)
      throws IOException, InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(peer.resolve(path)).timeout(timeout).GET();
    token.ifPresent(t -> req.header("Authorization", "Bearer " + t));
    HttpResponse<InputStream> resp =
        http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = resp.body()) {
      if (resp.statusCode() != 200) {
        return Optional.empty();
      }
      byte[] bytes = body.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        LOG.warnf("peer %s sent more than %d bytes for %s", peer, maxBytes, path);
        return Optional.empty();
      }
      return Optional.of(bytes);
    }
  }
}
