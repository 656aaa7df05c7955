package io.validium.dac.peer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.validium.dac.node.IngestResult;
import io.validium.dac.node.MemberNode;
import io.validium.dac.node.NodeStatus;
import io.validium.dac.store.EmbeddedStorage;
import io.validium.dac.testing.Chain;
import io.validium.dac.testing.TempNode;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

/**
 * A member that missed batches fetches them from a peer (the running test node) and re-verifies
 * each; a peer that sends garbage or lies changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(TempNode.class)
class PeerCatchUpTest {
  private static final Chain CHAIN = io.validium.dac.BatchApiTestAccess.chain();

  @TestHTTPResource("/")
  URL peer;

  @TempDir Path dir;

  private MemberNode freshMember(EmbeddedStorage storage) {
    return new MemberNode(
        Chain.DOMAIN,
        4,
        1 << 20,
        storage,
        ECKeyPair.create(BigInteger.valueOf(0xbeef)),
        new SimpleMeterRegistry());
  }

  @Test
  void aMemberThatMissedBatchesCatchesUpFromAPeerAndReachesTheSameRoot() throws Exception {
    io.validium.dac.BatchApiTestAccess.attest(CHAIN.next(CHAIN.deposits(10, 4)));
    io.validium.dac.BatchApiTestAccess.attest(CHAIN.next(CHAIN.deposits(10, 5)));
    JsonPath peerStatus = given().get("/v1/status").then().statusCode(200).extract().jsonPath();

    try (EmbeddedStorage storage = new EmbeddedStorage(dir, 16)) {
      MemberNode member = freshMember(storage);
      List<IngestResult> results =
          new PeerCatchUp(member, List.of(peer.toURI()), Optional.empty(), Duration.ofSeconds(10))
              .catchUp(r -> {});

      NodeStatus s = member.status();
      assertThat(results).allMatch(IngestResult::isAttested);
      assertThat(s.latestSigned().orElseThrow().value())
          .isEqualTo(peerStatus.getLong("latestSigned"));
      assertThat(s.replicaRoot().toString()).isEqualTo(peerStatus.getString("replicaRoot"));
    }
  }

  @Test
  void aPeerThatSendsGarbageOrLiesChangesNothing() throws Exception {
    io.validium.dac.BatchApiTestAccess.attest(CHAIN.next(CHAIN.deposits(10, 6)));
    io.validium.dac.BatchApiTestAccess.attest(CHAIN.next(CHAIN.deposits(10, 7)));
    HttpServer liar = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] realHeader =
        given().get("/v1/batches/0/attestation").then().statusCode(200).extract().asByteArray();
    byte[] otherData = given().get("/v1/batches/1").then().statusCode(200).extract().asByteArray();
    liar.createContext(
        "/v1/batches/0/attestation",
        ex -> {
          ex.sendResponseHeaders(200, realHeader.length);
          ex.getResponseBody().write(realHeader);
          ex.close();
        });
    liar.createContext(
        "/v1/batches/0",
        ex -> {
          ex.sendResponseHeaders(200, otherData.length);
          ex.getResponseBody().write(otherData);
          ex.close();
        });
    HttpServer garbage = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    garbage.createContext(
        "/",
        ex -> {
          byte[] junk = "{\"header\": 12, [[[".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, junk.length);
          ex.getResponseBody().write(junk);
          ex.close();
        });
    liar.start();
    garbage.start();
    try (EmbeddedStorage storage = new EmbeddedStorage(dir, 16)) {
      MemberNode member = freshMember(storage);
      NodeStatus before = member.status();
      URI liarUri = URI.create("http://127.0.0.1:" + liar.getAddress().getPort() + "/");
      URI garbageUri = URI.create("http://127.0.0.1:" + garbage.getAddress().getPort() + "/");
      URI silent = URI.create("http://127.0.0.1:9/");

      List<IngestResult> results =
          new PeerCatchUp(
                  member,
                  List.of(garbageUri, silent, liarUri),
                  Optional.empty(),
                  Duration.ofSeconds(2))
              .catchUp(r -> {});

      assertThat(results).noneMatch(IngestResult::isAttested);
      assertThat(member.status().replicaRoot()).isEqualTo(before.replicaRoot());
      assertThat(member.status().latestSigned()).isEmpty();
    } finally {
      liar.stop(0);
      garbage.stop(0);
    }
  }
}
