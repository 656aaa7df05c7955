package io.validium.l1.service;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.validium.core.types.Address;
import io.validium.kafka.local.LocalKafka;
import io.validium.l1.contracts.DevelopmentBatchProver;
import io.validium.l1.deploy.ContractDeployer;
import io.validium.l1.solc.SolcCompiler;
import io.validium.l1.testing.AnvilNode;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.TcpProxy;
import io.validium.zk.testing.evm.EvmToolchain;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * The service's world, all real: a KRaft broker, an anvil with a block every second behind a TCP
 * proxy the tests can take down, the contracts deployed with a 2-of-3 committee and the development
 * prover's verifier, deployment.json, and anvil's account 1 as the submitting key.
 */
public class BridgeTestResource implements QuarkusTestResourceLifecycleManager {

  static final String EVENTS = "validium.l1.events";
  static final String BATCHES = "validium.batches";
  static final String PROOFS = "validium.proofs";
  static final String ATTESTATIONS = "validium.attestations";
  static final String SUBMITTER_KEY =
      "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

  static volatile LocalKafka kafka;
  static volatile AnvilNode anvil;
  static volatile TcpProxy proxy;
  static volatile ChainFixture chain;
  static volatile DevelopmentBatchProver prover;
  static volatile List<ECKeyPair> members;

  @Override
  public Map<String, String> start() {
    try {
      Path target = Path.of("target").toAbsolutePath();
      Path run = Files.createDirectories(target.resolve("bridge-it-" + System.nanoTime()));
      kafka = LocalKafka.start(run.resolve("kafka"));
      Map<String, Integer> topics = new LinkedHashMap<>();
      for (String t : List.of(EVENTS, BATCHES, PROOFS, ATTESTATIONS)) {
        topics.put(t, 1);
      }
      for (String t : List.of(BATCHES, PROOFS, ATTESTATIONS)) {
        topics.put(t + ".l1-bridge-dead-letter", 1);
      }
      kafka.createTopics(topics);
      anvil = AnvilNode.start(1);
      proxy = new TcpProxy(anvil.url());
      prover = new DevelopmentBatchProver();
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
      members = List.copyOf(keys);
      List<Address> addresses =
          keys.stream().map(k -> Address.parse("0x" + Keys.getAddress(k))).toList();
      chain = ChainFixture.deploy(anvil, verifier, addresses, 2);
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
      return config;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the bridge's test world: " + e, e);
    }
  }

  @Override
  public void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (anvil != null) {
      anvil.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }
}
