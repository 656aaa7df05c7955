package io.validium.l1.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.kafka.local.LocalKafka;
import io.validium.l1.contracts.DevelopmentBatchProver;
import io.validium.l1.deploy.ContractDeployer;
import io.validium.l1.eth.EthClient;
import io.validium.l1.events.EventDecoder;
import io.validium.l1.kafka.KafkaEventSink;
import io.validium.l1.kafka.RelayedEvents;
import io.validium.l1.solc.SolcCompiler;
import io.validium.l1.testing.AnvilNode;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.TopicReader;
import io.validium.zk.testing.evm.EvmToolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher against a real anvil and a real KRaft broker: restarts, reorgs, crashes. */
class L1WatcherIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EdDsaPrivateKey ALICE = ChainFixture.user("alice");

  static LocalKafka kafka;
  static byte[] verifier;
  @TempDir static Path kafkaDir;

  AnvilNode anvil;
  ChainFixture chain;
  EthClient eth;
  KafkaEventSink sink;
  String topic;
  @TempDir Path state;
  int topicCounter;

  @BeforeAll
  static void startBroker() {
    kafka = LocalKafka.start(kafkaDir);
    verifier =
        new SolcCompiler(EvmToolchain.require().solcJs())
            .compile(
                ContractDeployer.verifierSource(new DevelopmentBatchProver().verifyingKey()), true)
            .requireNoErrors()
            .contract(ContractDeployer.VERIFIER_CONTRACT)
            .bytecode();
  }

  @AfterAll
  static void stopBroker() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @BeforeEach
  void deploy() {
    anvil = AnvilNode.start(0);
    chain =
        ChainFixture.deploy(
            anvil,
            verifier,
            List.of(Address.parse("0x1111111111111111111111111111111111111111")),
            1);
    eth = new EthClient(anvil.url());
    topic = "validium.l1.events." + System.nanoTime();
    kafka.createTopic(topic, 1);
    sink = new KafkaEventSink(kafka.bootstrapServers(), topic);
  }

  @AfterEach
  void stop() {
    sink.close();
    eth.close();
    anvil.close();
  }

  L1Watcher watcher(int confirmations) {
    var d = chain.deployment;
    return new L1Watcher(
        eth,
        new L1Watcher.Settings(d.validium(), d.deployedAtBlock(), confirmations, 1000, 64),
        new CursorStore(state),
        sink,
        new EventDecoder(new Domain(d.chainId(), d.validium())),
        WatchListener.NONE,
        RelayedEvents.scan(kafka.bootstrapServers(), topic));
  }

  static void drain(L1Watcher w) {
    for (int i = 0; i < 100 && w.step(); i++) {
      // each step relays one range
    }
  }

  List<JsonNode> events() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (var r : TopicReader.readAll(kafka.bootstrapServers(), topic)) {
      assertThat(r.key()).isEqualTo(KafkaEventSink.KEY);
      out.add(JSON.readTree(r.value()));
    }
    return out;
  }

  @Test
  void relaysADepositOnlyOnceItHasItsConfirmationsAndExactlyOnceAcrossARestart() throws Exception {
    chain.depositEth(2, 7, ALICE, 1_000_000);
    L1Watcher first = watcher(2);
    drain(first);
    assertThat(events()).as("the deposit's block is not confirmed yet").isEmpty();

    chain.mine(2);
    drain(first);
    List<JsonNode> relayed = events();
    assertThat(relayed).hasSize(1);
    JsonNode deposit = relayed.get(0);
    assertThat(deposit.get("type").asText()).isEqualTo("deposit");
    assertThat(deposit.get("depositIndex").asText()).isEqualTo("0");
    assertThat(deposit.get("accountId").asText()).isEqualTo("7");
    assertThat(deposit.get("tokenId").asText()).isEqualTo("0");
    assertThat(deposit.get("amount").asText()).isEqualTo("1000000");
    assertThat(deposit.get("chainId").asText()).isEqualTo("31337");
    assertThat(deposit.get("validium").asText()).isEqualTo(chain.deployment.validium().toString());
    assertThat(deposit.at("/publicKey/x").asText()).isEqualTo(ALICE.publicKey().x().toHexString());

    // A new watcher on the same state: a restart.
    chain.depositEth(3, 9, ChainFixture.user("bob"), 2_000_000);
    chain.mine(2);
    L1Watcher second = watcher(2);
    drain(second);
    assertThat(events()).extracting(e -> e.get("depositIndex").asText()).containsExactly("0", "1");
  }

  @Test
  void relaysAForcedWithdrawalAsTheNextEntryOfTheDepositQueue() throws Exception {
    Address to = Address.parse("0x00000000000000000000000000000000000000bb");
    chain.depositEth(2, 7, ALICE, 1_000_000);
    chain.requestForcedWithdrawal(4, 7, ALICE, 0, 400, to, 0);
    chain.depositEth(2, 7, ALICE, 5);
    chain.mine(2);

    L1Watcher w = watcher(2);
    drain(w);

    List<JsonNode> relayed = events();
    assertThat(relayed)
        .extracting(e -> e.get("type").asText() + ":" + e.get("depositIndex").asText())
        .containsExactly("deposit:0", "forcedWithdrawal:1", "deposit:2");
    JsonNode forced = relayed.get(1);
    assertThat(forced.get("accountId").asText()).isEqualTo("7");
    assertThat(forced.get("tokenId").asText()).isEqualTo("0");
    assertThat(forced.get("amount").asText()).isEqualTo("400");
    assertThat(forced.get("recipient").asText()).isEqualTo(to.toString());
    assertThat(forced.get("validium").asText()).isEqualTo(chain.deployment.validium().toString());
    // A restarted bridge counts the forced entry as relayed.
    assertThat(RelayedEvents.scan(kafka.bootstrapServers(), topic).nextDeposit()).isEqualTo(3);
  }

  @Test
  void aLostCursorWriteDoesNotRelayTheAcknowledgedEventsAgain() throws Exception {
    chain.depositEth(2, 7, ALICE, 1_000_000);
    chain.depositEth(2, 8, ChainFixture.user("carol"), 5);
    L1Watcher w = watcher(0);
    drain(w);
    assertThat(events()).hasSize(2);

    // The crash between the broker's acknowledgement and the cursor's write, made worst: no cursor.
    Files.delete(state.resolve("cursor.json"));
    chain.depositEth(2, 9, ChainFixture.user("dave"), 6);
    drain(watcher(0));
    assertThat(events())
        .extracting(e -> e.get("depositIndex").asText())
        .containsExactly("0", "1", "2");
  }

  @Test
  void aReorgBelowTheCursorIsRescannedWithoutDuplicatesOrGaps() throws Exception {
    chain.depositEth(2, 7, ALICE, 1_000_000);
    chain.mine(1);
    L1Watcher w = watcher(1);
    drain(w);
    assertThat(events()).hasSize(1);

    String snapshot = chain.snapshot();
    long fork = chain.blockNumber();
    chain.mine(3);
    drain(w);
    assertThat(w.cursor().lastBlock()).isEqualTo(fork + 2);

    // The three empty blocks are replaced by a chain in which a deposit happened.
    chain.revert(snapshot);
    chain.depositEth(3, 9, ChainFixture.user("bob"), 2_000_000);
    chain.mine(4);
    drain(w);

    assertThat(events()).extracting(e -> e.get("depositIndex").asText()).containsExactly("0", "1");
    assertThat(w.cursor().lastHash())
        .isEqualTo(eth.block(w.cursor().lastBlock()).orElseThrow().getHash());
  }

  @Test
  void aNodeThatIsDownStopsTheWatcherWithoutMovingItsCursor() throws Exception {
    chain.depositEth(2, 7, ALICE, 1_000_000);
    L1Watcher w = watcher(0);
    drain(w);
    Cursor before = w.cursor();
    anvil.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(w::step)
        .isInstanceOf(io.validium.l1.eth.RpcException.class);
    assertThat(new CursorStore(state).load()).contains(before);
  }
}
