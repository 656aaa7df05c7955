package io.validium.l1.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import io.validium.da.committee.CommitteeCertificateCollector;
import io.validium.da.committee.SigningKeys;
import io.validium.l1.contracts.DevelopmentBatchProver;
import io.validium.l1.deploy.ContractDeployer;
import io.validium.l1.eth.EthClient;
import io.validium.l1.solc.SolcCompiler;
import io.validium.l1.testing.AnvilNode;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.Records;
import io.validium.l1.watch.EventSink;
import io.validium.zk.testing.evm.EvmToolchain;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * The submitter against a real anvil: a submission that is not mined is replaced with higher fees
 * on the same nonce and the replacement lands; a batch L1 refuses is reported once; a restarted
 * submitter never sends a batch L1 already has. (What it publishes is recorded in a list: the
 * broker is covered by BridgeServiceIT.)
 */
class BatchSubmitterIT {

  static final String KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
  static byte[] verifier;
  static DevelopmentBatchProver prover;
  static List<ECKeyPair> members;

  AnvilNode anvil;
  ChainFixture chain;
  EthClient eth;
  Domain domain;
  final List<String> published = Collections.synchronizedList(new ArrayList<>());
  final EventSink sink = published::addAll;
  @TempDir Path dir;

  @BeforeAll
  static void compile() {
    prover = new DevelopmentBatchProver();
    verifier =
        new SolcCompiler(EvmToolchain.require().solcJs())
            .compile(ContractDeployer.verifierSource(prover.verifyingKey()), true)
            .requireNoErrors()
            .contract(ContractDeployer.VERIFIER_CONTRACT)
            .bytecode();
    List<ECKeyPair> keys = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      keys.add(ECKeyPair.create(BigInteger.valueOf(7000 + i)));
    }
    keys.sort(
        (a, b) ->
            new BigInteger(Keys.getAddress(a), 16)
                .compareTo(new BigInteger(Keys.getAddress(b), 16)));
    members = List.copyOf(keys);
  }

  @BeforeEach
  void deploy() {
    anvil = AnvilNode.start(0);
    chain =
        ChainFixture.deploy(
            anvil,
            verifier,
            members.stream().map(k -> Address.parse("0x" + Keys.getAddress(k))).toList(),
            2);
    eth = new EthClient(anvil.url());
    domain = new Domain(chain.deployment.chainId(), chain.deployment.validium());
  }

  @AfterEach
  void stop() {
    eth.close();
    anvil.close();
  }

  PendingBatches pending() {
    var d = chain.deployment;
    var keyset = new CommitteeReader(eth, d.daVerifier(), d.deployedAtBlock(), 1000).current();
    return new PendingBatches(domain, new CommitteeCertificateCollector(domain, () -> keyset), 16);
  }

  BatchSubmitter submitter(PendingBatches p, Duration resubmitAfter) throws Exception {
    Path key = Files.writeString(dir.resolve("k"), KEY);
    var d = chain.deployment;
    return new BatchSubmitter(
        eth,
        Credentials.create(SigningKeys.fromRawKeyFile(key)),
        d.chainId().value(),
        d.validium(),
        d.proofVerifier(),
        p,
        sink,
        resubmitAfter,
        SubmitListener.NONE);
  }

  record Batch(BatchData data, BatchHeader header) {}

  /** Deposit 0 on L1, and batch 0 consuming it (with a false old root if asked). */
  Batch batchZero(boolean lieAboutTheOldRoot) {
    chain.depositEth(2, 5, ChainFixture.user("alice"), 1_000);
    Deposit dep =
        new Deposit(
            domain,
            DepositIndex.of(0),
            AccountId.of(5),
            ChainFixture.user("alice").publicKey(),
            TokenId.ETH,
            Amount.of(1_000));
    BatchData data = new BatchData(domain, BatchNumber.of(0), List.of(dep));
    BatchHeader h = BatchExecutor.execute(new L2State(domain, 4), data).header();
    if (lieAboutTheOldRoot) {
      h =
          new BatchHeader(
              h.number(),
              new StateRoot(Fr.of(1)),
              h.newRoot(),
              h.commitment(),
              h.l1OpsCommitment());
    }
    return new Batch(data, h);
  }

  /** What the topics hold for {@code b}: the batch, its proof, two members' attestations. */
  void offer(PendingBatches p, Batch b) {
    assertThat(
            p.offerBatch("0", BatchCodec.encodeData(b.data()), BatchCodec.encodeHeader(b.header()))
                .taken())
        .isTrue();
    assertThat(p.offerProof(Records.proof(prover, b.header())).taken()).isTrue();
    for (int i = 0; i < 2; i++) {
      assertThat(
              p.offerAttestation(Records.attestation(domain, b.header(), members.get(i))).taken())
          .isTrue();
    }
  }

  @Test
  void aSubmissionThatIsNotMinedIsReplacedWithHigherFeesOnTheSameNonce() throws Exception {
    PendingBatches p = pending();
    offer(p, batchZero(false));
    BatchSubmitter s = submitter(p, Duration.ofMillis(300));
    automine(false);

    assertThat(s.step()).isTrue();
    assertThat(published).containsExactly("{\"type\":\"batchSubmitted\",\"batchNumber\":\"0\"}");
    List<JsonNode> before = mempool();
    assertThat(before).hasSize(1);
    JsonNode a = before.get(0);
    String first = a.get("hash").asText();
    Thread.sleep(400);
    assertThat(s.step()).as("replaced").isTrue();
    List<JsonNode> after = mempool();
    assertThat(after).hasSize(1);
    JsonNode b = after.get(0);
    List<String> hashes = List.of(b.get("hash").asText());
    assertThat(hashes).doesNotContain(first);
    assertThat(b.get("nonce").asText()).isEqualTo(a.get("nonce").asText());
    assertThat(fee(b, "maxFeePerGas"))
        .isGreaterThanOrEqualTo(
            fee(a, "maxFeePerGas").multiply(BigInteger.valueOf(9)).divide(BigInteger.valueOf(8)));
    assertThat(fee(b, "maxPriorityFeePerGas"))
        .isGreaterThanOrEqualTo(
            fee(a, "maxPriorityFeePerGas")
                .multiply(BigInteger.valueOf(9))
                .divide(BigInteger.valueOf(8)));

    chain.rpc.call("evm_mine");
    automine(true);
    s.step();
    assertThat(eth.receipt(hashes.get(0)))
        .hasValueSatisfying(r -> assertThat(r.isStatusOK()).isTrue());
    assertThat(eth.receipt(first)).isEmpty();
    assertThat(nextBatchNumber()).isEqualTo(1);
    assertThat(published).hasSize(1);
  }

  @Test
  void aRestartedSubmitterNeverSendsABatchL1AlreadyHas() throws Exception {
    PendingBatches p = pending();
    Batch b = batchZero(false);
    offer(p, b);
    BatchSubmitter s = submitter(p, Duration.ofSeconds(30));
    s.step();
    s.step();
    assertThat(nextBatchNumber()).isEqualTo(1);
    BigInteger nonce = eth.latestNonce(s.account());

    // A new process, whose topics still hold batch 0 with its proof and certificate.
    PendingBatches rebuilt = pending();
    offer(rebuilt, b);
    BatchSubmitter again = submitter(rebuilt, Duration.ofSeconds(30));
    assertThat(again.step()).isFalse();
    assertThat(eth.latestNonce(again.account())).isEqualTo(nonce);
    assertThat(rebuilt.size()).isZero();
  }

  @Test
  void aBatchL1RefusesIsReportedOnceWithTheContractsError() throws Exception {
    PendingBatches p = pending();
    offer(p, batchZero(true));
    BatchSubmitter s = submitter(p, Duration.ofSeconds(30));
    assertThat(s.step()).isTrue();
    assertThat(s.step()).isFalse();
    assertThat(published)
        .containsExactly(
            "{\"type\":\"batchFailed\",\"batchNumber\":\"0\",\"reason\":\"WrongOldRoot\"}");
    assertThat(nextBatchNumber()).isZero();
  }

  private void automine(boolean on) {
    chain.rpc.call("evm_setAutomine", BooleanNode.valueOf(on));
  }

  /** The transactions of the node's pending block, which a replacement takes the place of. */
  private List<JsonNode> mempool() {
    List<JsonNode> out = new ArrayList<>();
    chain
        .rpc
        .call("eth_getBlockByNumber", TextNode.valueOf("pending"), BooleanNode.TRUE)
        .path("transactions")
        .forEach(out::add);
    return out;
  }

  private static BigInteger fee(JsonNode tx, String field) {
    return new BigInteger(tx.get(field).asText().substring(2), 16);
  }

  private long nextBatchNumber() {
    byte[] sel =
        java.util.Arrays.copyOf(
            io.validium.core.crypto.Keccak256.hash("nextBatchNumber()".getBytes()), 4);
    return new BigInteger(1, chain.rpc.ethCall(chain.deployment.validium().toString(), sel))
        .longValueExact();
  }
}
