package io.validium.l1.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L1Withdrawal;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
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
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint96;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * The submitter against a real anvil: a submission that is not mined is replaced with higher fees
 * on the same nonce and the replacement lands; a batch L1 refuses is reported once; a restarted
 * submitter never sends a batch L1 already has; a batch with a forced withdrawal that pays less
 * than it asked goes in with the paid amount from the proof record, and claim pays that; a record
 * whose queue count L1 contradicts is never sent. (What it publishes is recorded in a list: the
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

  /** A batch, its header, core's execution and the priority-queue position after it. */
  record Batch(BatchData data, BatchHeader header, BatchExecution run, long depositCountAfter) {}

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
    BatchExecution run = BatchExecutor.execute(new L2State(domain, 4), data);
    BatchHeader h = run.header();
    if (lieAboutTheOldRoot) {
      h =
          new BatchHeader(
              h.number(),
              new StateRoot(Fr.of(1)),
              h.newRoot(),
              h.commitment(),
              h.l1OpsCommitment());
    }
    return new Batch(data, h, run, 1);
  }

  /** What the topics hold for {@code b}: the batch, its proof, two members' attestations. */
  void offer(PendingBatches p, Batch b) {
    assertThat(
            p.offerBatch(
                    Long.toString(b.header().number().value()),
                    BatchCodec.encodeData(b.data()),
                    BatchCodec.encodeHeader(b.header()))
                .taken())
        .isTrue();
    byte[] proof =
        Records.proof(
            prover,
            b.header(),
            b.run().depositChainBefore(),
            b.depositCountAfter(),
            b.run().l1Withdrawals());
    assertThat(p.offerProof(proof).taken()).isTrue();
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

  @Test
  void aBatchWithAPartlyPaidForcedWithdrawalIsAcceptedAndItsClaimPaysThePaidAmount()
      throws Exception {
    EdDsaPrivateKey alice = ChainFixture.user("alice");
    Address recipient = Address.parse("0x000000000000000000000000000000000000f0f0");
    chain.depositEth(2, 5, alice, 1_000);
    chain.requestForcedWithdrawal(3, 5, alice, 0, 5_000, recipient, 0);
    BatchData data =
        new BatchData(
            domain,
            BatchNumber.of(0),
            List.of(
                new Deposit(
                    domain,
                    DepositIndex.of(0),
                    AccountId.of(5),
                    alice.publicKey(),
                    TokenId.ETH,
                    Amount.of(1_000)),
                new ForcedWithdrawal(
                    domain,
                    DepositIndex.of(1),
                    AccountId.of(5),
                    TokenId.ETH,
                    Amount.of(5_000),
                    recipient)));
    L2State state = new L2State(domain, 4);
    BatchExecution run = BatchExecutor.execute(state, data);
    L1Withdrawal paid = new L1Withdrawal(recipient, TokenId.ETH, Amount.of(1_000));
    assertThat(run.l1Withdrawals()).as("the balance, not the 5,000 asked").containsExactly(paid);
    PendingBatches p = pending();
    offer(p, new Batch(data, run.header(), run, state.nextDepositIndex().value()));
    BatchSubmitter s = submitter(p, Duration.ofSeconds(30));

    assertThat(s.step()).isTrue();
    s.step();
    assertThat(nextBatchNumber()).isEqualTo(1);
    assertThat(readWord("processedDeposits()")).isEqualTo(2);
    assertThat(published).containsExactly("{\"type\":\"batchSubmitted\",\"batchNumber\":\"0\"}");

    JsonNode receipt = claim(0, 0, recipient, 5_000);
    assertThat(receipt.path("status").asText())
        .as("the amount asked is not claimable")
        .isEqualTo("0x0");
    receipt = claim(0, 0, recipient, 1_000);
    assertThat(receipt.path("status").asText()).isEqualTo("0x1");
    assertThat(balance(recipient)).isEqualTo(BigInteger.valueOf(1_000));
  }

  @Test
  void aProofRecordThatMisstatesTheQueueCountOfABatchWithoutEntriesIsNeverSent() throws Exception {
    PendingBatches p = pending();
    Batch b0 = batchZero(false);
    offer(p, b0);
    BatchSubmitter s = submitter(p, Duration.ofSeconds(30));
    s.step();
    s.step();
    assertThat(nextBatchNumber()).isEqualTo(1);
    // Batch 1 consumes no queue entry; its record claims the queue moved to 0 (L1 says 1).
    L2State state = new L2State(domain, 4);
    BatchExecutor.execute(state, b0.data());
    EdDsaPrivateKey alice = ChainFixture.user("alice");
    Address to = Address.parse("0x000000000000000000000000000000000000f0f1");
    Withdrawal w =
        new Withdrawal(
            domain,
            AccountId.of(5),
            TokenId.ETH,
            Amount.of(10),
            Nonce.of(0),
            to,
            alice.sign(
                Withdrawal.message(
                    domain, AccountId.of(5), TokenId.ETH, Amount.of(10), Nonce.of(0), to)));
    BatchData data = new BatchData(domain, BatchNumber.of(1), List.of(w));
    BatchExecution run = BatchExecutor.execute(state, data);
    offer(p, new Batch(data, run.header(), run, 0));
    BigInteger nonce = eth.latestNonce(s.account());

    assertThat(s.step()).isFalse();
    assertThat(eth.latestNonce(s.account())).isEqualTo(nonce);
    assertThat(p.missing(1)).isEqualTo("proof");
    assertThat(nextBatchNumber()).isEqualTo(1);
  }

  private JsonNode claim(long batch, int index, Address recipient, long amount) {
    byte[] data =
        Numeric.hexStringToByteArray(
            FunctionEncoder.encode(
                new Function(
                    "claim",
                    List.of(
                        new Uint64(batch),
                        new Uint32(index),
                        new StaticStruct(
                            new org.web3j.abi.datatypes.Address(recipient.toString()),
                            new Uint16(0),
                            new Uint96(BigInteger.valueOf(amount)))),
                    List.of())));
    ObjectNode tx = new ObjectMapper().createObjectNode();
    tx.put("from", chain.accounts.get(4));
    tx.put("to", chain.deployment.validium().toString());
    tx.put("data", Numeric.toHexString(data));
    tx.put("gas", "0x100000");
    return chain.rpc.receipt(chain.rpc.call("eth_sendTransaction", tx).asText());
  }

  private BigInteger balance(Address a) {
    return Numeric.toBigInt(
        chain
            .rpc
            .call("eth_getBalance", TextNode.valueOf(a.toString()), TextNode.valueOf("latest"))
            .asText());
  }

  private long readWord(String signature) {
    byte[] sel =
        java.util.Arrays.copyOf(io.validium.core.crypto.Keccak256.hash(signature.getBytes()), 4);
    return new BigInteger(1, chain.rpc.ethCall(chain.deployment.validium().toString(), sel))
        .longValueExact();
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
