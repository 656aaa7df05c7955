package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.uint;
import static io.validium.l1.contracts.Abi.words;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Keccak256;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.state.Account;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import io.validium.zk.groth16.Proof;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The L2 side of a test, run by core: users with EdDSA keys, deposits made on L1 and consumed by
 * batches that core executes, and real proofs of the resulting headers.
 */
final class Scenario {

  final Deployment d;
  final BatchProver prover;
  final L2State state;
  private long nextDeposit;
  private long depositsConsumed;
  private final List<Transaction> pending = new ArrayList<>();

  Scenario(Deployment d, BatchProver prover) {
    this.d = d;
    this.prover = prover;
    this.state = d.newState();
  }

  /** A deterministic user key. */
  static EdDsaPrivateKey user(String name) {
    return EdDsaPrivateKey.fromBytes(Keccak256.hash(name.getBytes(StandardCharsets.UTF_8)));
  }

  static String depositEthSignature() {
    return "depositEth(uint32,uint256,uint256)";
  }

  /** Deposits {@code wei} of ETH on L1 from {@code from} and queues the L2 deposit for a batch. */
  JsonNode depositEth(String from, int account, EdDsaPrivateKey key, long wei) {
    byte[] data =
        Abi.call(
            depositEthSignature(),
            uint(account),
            words(key.publicKey().x().toBigInteger()),
            words(key.publicKey().y().toBigInteger()));
    JsonNode receipt = d.l1.send(from, d.validium, data, BigInteger.valueOf(wei));
    queueDeposit(account, key, TokenId.ETH, wei);
    return receipt;
  }

  /** Deposits {@code amount} of registered token {@code tokenId} (approved beforehand). */
  JsonNode depositToken(String from, int tokenId, int account, EdDsaPrivateKey key, long amount) {
    byte[] data =
        Abi.call(
            "depositToken(uint16,uint96,uint32,uint256,uint256)",
            uint(tokenId),
            uint(amount),
            uint(account),
            words(key.publicKey().x().toBigInteger()),
            words(key.publicKey().y().toBigInteger()));
    JsonNode receipt = d.l1.send(from, d.validium, data);
    queueDeposit(account, key, TokenId.of(tokenId), amount);
    return receipt;
  }

  private void queueDeposit(int account, EdDsaPrivateKey key, TokenId token, long amount) {
    pending.add(
        new Deposit(
            d.domain,
            DepositIndex.of(nextDeposit++),
            AccountId.of(account),
            key.publicKey(),
            token,
            Amount.of(amount)));
  }

  /** Queues a signed withdrawal of {@code amount} from {@code account} to {@code recipient}. */
  Withdrawal withdraw(int account, EdDsaPrivateKey key, int token, long amount, String recipient) {
    Account a = state.account(AccountId.of(account)).orElseThrow();
    long pendingNonces =
        pending.stream()
            .filter(t -> t instanceof Withdrawal w && w.from().value() == account)
            .count();
    Nonce nonce = Nonce.of(a.nonce().value() + pendingNonces);
    Address to = Address.parse(recipient);
    Fr m =
        Withdrawal.message(
            d.domain, AccountId.of(account), TokenId.of(token), Amount.of(amount), nonce, to);
    Withdrawal w =
        new Withdrawal(
            d.domain,
            AccountId.of(account),
            TokenId.of(token),
            Amount.of(amount),
            nonce,
            to,
            key.sign(m));
    pending.add(w);
    return w;
  }

  static final String REQUEST_FORCED_WITHDRAWAL =
      "requestForcedWithdrawal(uint32,uint16,uint96,address,uint256,uint256,(uint256,uint256,uint256))";

  /** The request message H(domainHash, 5 + 2^8 account + 2^32 token + 2^48 nonce, amount, to). */
  Fr forcedWithdrawalMessage(
      int account, int token, BigInteger amount, String recipient, long requestNonce) {
    BigInteger header =
        BigInteger.valueOf(5 + ((long) account << 8) + ((long) token << 32))
            .add(BigInteger.valueOf(requestNonce).shiftLeft(48));
    return Poseidon.hash(
        d.domain.hash(),
        Fr.fromBigInteger(header),
        Fr.fromBigInteger(amount),
        Fr.fromBigInteger(Abi.addressValue(recipient)));
  }

  /** Calldata of requestForcedWithdrawal, signed by {@code signer}, naming {@code key}. */
  byte[] forcedWithdrawalCall(
      int account,
      EdDsaPrivateKey key,
      EdDsaPrivateKey signer,
      int token,
      BigInteger amount,
      String recipient,
      long requestNonce) {
    EdDsaSignature sig =
        signer.sign(forcedWithdrawalMessage(account, token, amount, recipient, requestNonce));
    return Abi.call(
        REQUEST_FORCED_WITHDRAWAL,
        uint(account),
        uint(token),
        words(amount),
        Abi.address(recipient),
        words(key.publicKey().x().toBigInteger()),
        words(key.publicKey().y().toBigInteger()),
        words(sig.r8x().toBigInteger(), sig.r8y().toBigInteger(), sig.s()));
  }

  /** Requests a forced withdrawal on L1 and queues the L2 transaction the bridge would relay. */
  JsonNode requestForcedWithdrawal(
      String from, int account, EdDsaPrivateKey key, int token, long amount, String recipient) {
    long requestNonce = d.read("forcedWithdrawalNonce(uint32)", uint(account)).longValueExact();
    JsonNode receipt =
        d.l1.send(
            from,
            d.validium,
            forcedWithdrawalCall(
                account, key, key, token, BigInteger.valueOf(amount), recipient, requestNonce));
    pending.add(
        new ForcedWithdrawal(
            d.domain,
            DepositIndex.of(nextDeposit++),
            AccountId.of(account),
            TokenId.of(token),
            Amount.of(amount),
            Address.parse(recipient)));
    return receipt;
  }

  /** A batch as core executed it: its header and proof, and the L1 operations submitBatch takes. */
  record Batch(
      BatchHeader header,
      Proof proof,
      long depositCountAfter,
      List<List<BigInteger>> withdrawals) {}

  /** Executes the queued transactions as the next batch and proves its header. */
  Batch nextBatch() {
    BatchData data = new BatchData(d.domain, BatchNumber.of(d.nextBatchNumber()), pending);
    BatchExecution exec = BatchExecutor.execute(state, data);
    assertThat(exec.isSuccess()).as("core executes the batch: %s", exec).isTrue();
    depositsConsumed += exec.priorityEntries();
    List<List<BigInteger>> ws = new ArrayList<>();
    exec.l1Withdrawals()
        .forEach(
            w ->
                ws.add(
                    Deployment.withdrawalWords(
                        w.recipient().toString(), w.token().value(), w.amount().toBigInteger())));
    pending.clear();
    return new Batch(exec.header(), prover.prove(exec.header()), depositsConsumed, ws);
  }

  /** Submits a batch with a certificate of epoch 0 by the first {@code signers} members. */
  JsonNode submit(Batch b, int signers) {
    return d.submit(
        b.header(),
        b.proof(),
        d.certificate(signers, b.header()),
        b.depositCountAfter(),
        b.withdrawals());
  }

  // ------------------------------------------------------------------ exits

  /** The exit message H(domainHash, 4 + 2^8 account + 2^32 token, recipient). */
  Fr exitMessage(int account, int token, String recipient) {
    long header = 4 + ((long) account << 8) + ((long) token << 32);
    return Poseidon.hash(
        d.domain.hash(), Fr.of(header), Fr.fromBigInteger(Abi.addressValue(recipient)));
  }

  /** Calldata of exit() for the account's balance of {@code token} in the current L2 state. */
  byte[] exitCall(
      int account, int token, EdDsaPrivateKey key, String recipient, BigInteger balanceOverride) {
    Account a = state.account(AccountId.of(account)).orElseThrow();
    MerkleProof balancePath = a.balances().proof(TokenId.of(token));
    MerkleProof accountPath = state.proof(AccountId.of(account));
    BigInteger balance =
        balanceOverride != null ? balanceOverride : a.balance(TokenId.of(token)).toBigInteger();
    List<BigInteger> proof = new ArrayList<>();
    proof.add(BigInteger.valueOf(account));
    proof.add(BigInteger.valueOf(token));
    proof.add(balance);
    proof.add(a.publicKey().x().toBigInteger());
    proof.add(a.publicKey().y().toBigInteger());
    proof.add(BigInteger.valueOf(a.nonce().value()));
    balancePath.siblings().forEach(s -> proof.add(s.toBigInteger()));
    accountPath.siblings().forEach(s -> proof.add(s.toBigInteger()));
    EdDsaSignature sig = key.sign(exitMessage(account, token, recipient));
    return Abi.call(
        Deployment.EXIT,
        words(proof),
        Abi.address(recipient),
        words(sig.r8x().toBigInteger(), sig.r8y().toBigInteger(), sig.s()));
  }
}
