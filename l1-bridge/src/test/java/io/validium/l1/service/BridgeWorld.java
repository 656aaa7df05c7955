package io.validium.l1.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.kafka.local.LocalKafka;
import io.validium.l1.contracts.DevelopmentBatchProver;
import io.validium.l1.deploy.ContractDeployer;
import io.validium.l1.solc.SolcCompiler;
import io.validium.l1.testing.AnvilNode;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.Records;
import io.validium.l1.testing.TcpProxy;
import io.validium.l1.testing.TopicReader;
import io.validium.zk.testing.evm.EvmToolchain;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * The bridge's world, all real: a KRaft broker, an anvil with a block every second behind a TCP
 * proxy the tests can take down, the contracts deployed with a 2-of-3 committee and the development
 * prover's verifier, deployment.json, anvil's account 1 as the submitting key, and the service's
 * configuration for it. Used by the in-process and the packaged service tests.
 */
final class BridgeWorld implements AutoCloseable {

  static final String EVENTS = "validium.l1.events";
  static final String BATCHES = "validium.batches";
  static final String PROOFS = "validium.proofs";
  static final String ATTESTATIONS = "validium.attestations";
  static final List<String> INPUTS = List.of(BATCHES, PROOFS, ATTESTATIONS);
  static final String GROUP = "validium-l1-bridge";
  static final String SUBMITTER_KEY =
      "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

  private static final ObjectMapper JSON = new ObjectMapper();

  final LocalKafka kafka;
  final AnvilNode anvil;
  final TcpProxy proxy;
  final ChainFixture chain;
  final DevelopmentBatchProver prover;
  final List<ECKeyPair> members;
  final Map<String, String> config;

  private BridgeWorld(
      LocalKafka kafka,
      AnvilNode anvil,
      TcpProxy proxy,
      ChainFixture chain,
      DevelopmentBatchProver prover,
      List<ECKeyPair> members,
      Map<String, String> config) {
    this.kafka = kafka;
    this.anvil = anvil;
    this.proxy = proxy;
    this.chain = chain;
    this.prover = prover;
    this.members = members;
    this.config = config;
  }

  static BridgeWorld start(Path run) throws Exception {
    Files.createDirectories(run);
    LocalKafka kafka = LocalKafka.start(run.resolve("kafka"));
    Map<String, Integer> topics = new LinkedHashMap<>();
    topics.put(EVENTS, 1);
    for (String t : INPUTS) {
      topics.put(t, 1);
      topics.put(t + ".l1-bridge-dead-letter", 1);
    }
    kafka.createTopics(topics);
    AnvilNode anvil = AnvilNode.start(1);
    TcpProxy proxy = new TcpProxy(anvil.url());
    DevelopmentBatchProver prover = new DevelopmentBatchProver();
    byte[] verifier =
        new SolcCompiler(EvmToolchain.require().solcJs())
            .compile(ContractDeployer.verifierSource(prover.verifyingKey()), true)
            .requireNoErrors()
            .contract(ContractDeployer.VERIFIER_CONTRACT)
            .bytecode();
    List<ECKeyPair> keys = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      keys.add(ECKeyPair.create(BigInteger.valueOf(1000 + i)));
    }
    keys.sort(Comparator.comparing(k -> new BigInteger(Keys.getAddress(k), 16)));
    List<Address> addresses =
        keys.stream().map(k -> Address.parse("0x" + Keys.getAddress(k))).toList();
    ChainFixture chain = ChainFixture.deploy(anvil, verifier, addresses, 2);
    Path deployment = run.resolve("deployment.json");
    chain.deployment.write(deployment);
    Path key = Files.writeString(run.resolve("submitter.key"), SUBMITTER_KEY);

    Map<String, String> config = new LinkedHashMap<>();
    config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    config.put("validium.l1.rpc-url", proxy.url());
    config.put("validium.l1.deployment-file", deployment.toString());
    config.put("validium.l1.private-key-file", key.toString());
    config.put("validium.l1.confirmations", "1");
    config.put("validium.l1.state-directory", run.resolve("state").toString());
    config.put("validium.l1.poll-interval", "200ms");
    config.put("validium.l1.max-retry-delay", "1s");
    config.put("validium.l1.submitter.resubmit-after", "5s");
    return new BridgeWorld(kafka, anvil, proxy, chain, prover, List.copyOf(keys), config);
  }

  Domain domain() {
    return new Domain(chain.deployment.chainId(), chain.deployment.validium());
  }

  /** Puts batch {@code b} (with its header), its proof and attestations of {@code signers}. */
  void publishBatch(Batch b, int... signers) throws Exception {
    BatchData data = b.data();
    BatchHeader header = b.header();
    try (KafkaProducer<String, byte[]> p = producer()) {
      String key = Long.toString(header.number().value());
      byte[] proof = Records.proof(prover, b.run(), b.depositCountAfter());
      p.send(new ProducerRecord<>(PROOFS, key, proof)).get();
      ProducerRecord<String, byte[]> batch =
          new ProducerRecord<>(BATCHES, key, BatchCodec.encodeData(data));
      batch.headers().add("validium-header", BatchCodec.encodeHeader(header));
      p.send(batch).get();
      for (int m : signers) {
        byte[] a = Records.attestation(domain(), header, members.get(m));
        p.send(new ProducerRecord<>(ATTESTATIONS, key, a)).get();
      }
    }
  }

  /** A batch, its header, core's execution and the priority-queue position after it. */
  record Batch(BatchData data, BatchHeader header, BatchExecution run, long depositCountAfter) {}

  /**
   * Batch {@code number} holding the L1 deposit {@code index} of {@code wei} to {@code account}
   * under {@code key}, executed on {@code state} (which moves to its new root).
   */
  Batch depositBatch(
      L2State state, long number, long index, int account, EdDsaPrivateKey key, long wei) {
    Deposit d =
        new Deposit(
            domain(),
            DepositIndex.of(index),
            AccountId.of(account),
            key.publicKey(),
            TokenId.ETH,
            Amount.of(wei));
    BatchData data = new BatchData(domain(), BatchNumber.of(number), List.of(d));
    BatchExecution exec = BatchExecutor.execute(state, data);
    if (!exec.isSuccess()) {
      throw new IllegalStateException("batch " + number + " does not execute: " + exec);
    }
    return new Batch(data, exec.header(), exec, state.nextDepositIndex().value());
  }

  KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /** The events topic's values of {@code type}, in order. */
  List<JsonNode> events(String type) {
    List<JsonNode> out = new ArrayList<>();
    for (var r : TopicReader.readAll(kafka.bootstrapServers(), EVENTS)) {
      try {
        JsonNode v = JSON.readTree(r.value());
        if (type.equals(v.path("type").asText())) {
          out.add(v);
        }
      } catch (Exception e) {
        throw new AssertionError("not JSON on the events topic: " + r.value(), e);
      }
    }
    return out;
  }

  /**
   * Whether the bridge's group has committed, on each consumed topic, the topic's end: every record
   * on it is done with, so a restart reads none of them again.
   */
  boolean committedToTheEndOfEveryInput() throws Exception {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (Admin admin = Admin.create(p)) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
      for (String t : INPUTS) {
        latest.put(new TopicPartition(t, 0), OffsetSpec.latest());
      }
      var ends = admin.listOffsets(latest).all().get();
      for (var e : ends.entrySet()) {
        OffsetAndMetadata c = committed.get(e.getKey());
        if (c == null || c.offset() < e.getValue().offset()) {
          return false;
        }
      }
      return true;
    }
  }

  /** A word-returning view call on the Validium contract. */
  BigInteger readWord(String signature) {
    byte[] selector =
        java.util.Arrays.copyOf(
            io.validium.core.crypto.Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)),
            4);
    return new BigInteger(1, chain.rpc.ethCall(chain.deployment.validium().toString(), selector));
  }

  @Override
  public void close() {
    proxy.close();
    anvil.close();
    kafka.close();
  }
}
