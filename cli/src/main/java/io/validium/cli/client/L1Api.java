package io.validium.cli.client;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.abi.datatypes.generated.Uint96;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/** The Validium contract as a user sees it over JSON-RPC: deposits, claims, roots, gas spent. */
public final class L1Api implements AutoCloseable {
  /** anvil's development accounts 1..3 (public knowledge): the demo's and tests' users on L1. */
  public static final List<String> USER_KEYS =
      List.of(
          "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
          "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
          "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");

  private static final Event BATCH_FINALIZED =
      new Event(
          "BatchFinalized",
          List.of(
              new TypeReference<Uint64>(true) {},
              new TypeReference<Bytes32>() {},
              new TypeReference<Bytes32>() {},
              new TypeReference<Bytes32>() {},
              new TypeReference<Bytes32>() {},
              new TypeReference<Uint64>() {}));

  private static final Event DEPOSIT_QUEUED =
      new Event(
          "DepositQueued",
          List.of(
              new TypeReference<Uint64>(true) {},
              new TypeReference<Uint32>(true) {},
              new TypeReference<Uint16>() {},
              new TypeReference<Uint96>() {},
              new TypeReference<Uint256>() {},
              new TypeReference<Uint256>() {},
              new TypeReference<org.web3j.abi.datatypes.Address>() {},
              new TypeReference<Uint64>() {},
              new TypeReference<Uint256>() {}));

  private static final Event FORCED_WITHDRAWAL_QUEUED =
      new Event(
          "ForcedWithdrawalQueued",
          List.of(
              new TypeReference<Uint64>(true) {},
              new TypeReference<Uint32>(true) {},
              new TypeReference<Uint16>() {},
              new TypeReference<Uint96>() {},
              new TypeReference<org.web3j.abi.datatypes.Address>() {},
              new TypeReference<Uint64>() {},
              new TypeReference<Uint256>() {}));

  private final Web3j web3;
  private final long chainId;
  private final String validium;

  public L1Api(URI rpc, long chainId, String validium) {
    this.web3 = Web3j.build(new HttpService(rpc.toString()));
    this.chainId = chainId;
    this.validium = validium;
  }

  /** Locks {@code wei} in the contract for L2 account {@code account} under {@code key}. */
  public TransactionReceipt depositEth(
      Credentials from, AccountId account, EdDsaPublicKey key, BigInteger wei) {
    Function f =
        new Function(
            "depositEth",
            List.of(
                new Uint32(account.value()),
                new Uint256(key.x().toBigInteger()),
                new Uint256(key.y().toBigInteger())),
            List.of());
    return send(from, f, wei);
  }

  /** Pays a withdrawal that a final batch made claimable. */
  public TransactionReceipt claim(
      Credentials from,
      long batchNumber,
      int index,
      Address recipient,
      TokenId token,
      Amount amount) {
    Function f =
        new Function(
            "claim",
            List.of(
                new Uint64(batchNumber), new Uint32(index), withdrawal(recipient, token, amount)),
            List.of());
    return send(from, f, BigInteger.ZERO);
  }

  /** Sends {@code f} to the Validium contract from {@code from}. */
  public TransactionReceipt transact(Credentials from, Function f) {
    return send(from, f, BigInteger.ZERO);
  }

  /** Sends {@code f} to another contract (an ERC-20 token, say) from {@code from}. */
  public TransactionReceipt transact(Credentials from, String contract, Function f) {
    return send(from, contract, FunctionEncoder.encode(f), f.getName(), BigInteger.ZERO);
  }

  /** Calls the view {@code f} of the Validium contract. */
  @SuppressWarnings("rawtypes")
  public List<Type> read(Function f) {
    return call(f);
  }

  /** Freezes the contract: anyone may, once the oldest unprocessed deposit is overdue. */
  public TransactionReceipt freeze(Credentials from) {
    return transact(from, new Function("freeze", List.of(), List.of()));
  }

  /** The L1 token registered as {@code token} (the zero address if none; ETH is id 0). */
  public String tokenAddress(TokenId token) {
    Function f =
        new Function(
            "tokenAddress",
            List.of(new Uint16(token.value())),
            List.of(new TypeReference<org.web3j.abi.datatypes.Address>() {}));
    return call(f).get(0).getValue().toString();
  }

  /** Whether {@code account} has exited its balance of {@code token}. */
  public boolean hasExited(AccountId account, TokenId token) {
    Function f =
        new Function(
            "hasExited",
            List.of(new Uint32(account.value()), new Uint16(token.value())),
            List.of(new TypeReference<Bool>() {}));
    return (Boolean) call(f).get(0).getValue();
  }

  /** Locks {@code amount} of registered ERC-20 {@code token} (approved before) for the account. */
  public TransactionReceipt depositToken(
      Credentials from, TokenId token, Amount amount, AccountId account, EdDsaPublicKey key) {
    Function f =
        new Function(
            "depositToken",
            List.of(
                new Uint16(token.value()),
                new Uint96(amount.toBigInteger()),
                new Uint32(account.value()),
                new Uint256(key.x().toBigInteger()),
                new Uint256(key.y().toBigInteger())),
            List.of());
    return send(from, f, BigInteger.ZERO);
  }

  /** The index of the deposit a depositEth/depositToken receipt queued. */
  public long depositIndex(TransactionReceipt receipt) {
    return queuedIndex(receipt, DEPOSIT_QUEUED, "deposit");
  }

  /** The priority-queue index of the forced withdrawal a requestForcedWithdrawal receipt queued. */
  public long forcedWithdrawalIndex(TransactionReceipt receipt) {
    return queuedIndex(receipt, FORCED_WITHDRAWAL_QUEUED, "forced withdrawal");
  }

  /** Both queue events carry the entry's index as their first indexed argument. */
  private long queuedIndex(TransactionReceipt receipt, Event event, String what) {
    String topic = EventEncoder.encode(event);
    for (var log : receipt.getLogs()) {
      if (log.getAddress().equalsIgnoreCase(validium)
          && !log.getTopics().isEmpty()
          && log.getTopics().get(0).equals(topic)) {
        return org.web3j.utils.Numeric.toBigInt(log.getTopics().get(1)).longValueExact();
      }
    }
    throw new ClientException(
        "transaction " + receipt.getTransactionHash() + " queued no " + what + " on the contract");
  }

  /** Whether the deployment opened forced withdrawals (an immutable constructor flag). */
  public boolean forcedWithdrawalsEnabled() {
    Function f =
        new Function("forcedWithdrawalsEnabled", List.of(), List.of(new TypeReference<Bool>() {}));
    return (Boolean) call(f).get(0).getValue();
  }

  /** The request nonce the account's next forced-withdrawal request must be signed for. */
  public long forcedWithdrawalNonce(AccountId account) {
    Function f =
        new Function(
            "forcedWithdrawalNonce",
            List.of(new Uint32(account.value())),
            List.of(new TypeReference<Uint32>() {}));
    return ((BigInteger) call(f).get(0).getValue()).longValueExact();
  }

  /** The number of deposits queued on L1 so far. */
  public long depositCount() {
    return uint("depositCount").longValueExact();
  }

  /** The deadline block of deposit {@code index}. */
  public long depositDeadline(long index) {
    Function f =
        new Function(
            "depositDeadline", List.of(new Uint64(index)), List.of(new TypeReference<Uint64>() {}));
    return ((BigInteger) call(f).get(0).getValue()).longValueExact();
  }

  /** The L1 node's latest block number. */
  public long blockNumber() {
    try {
      return web3.ethBlockNumber().send().getBlockNumber().longValueExact();
    } catch (IOException e) {
      throw new ClientException("the L1 node does not answer: " + e.getMessage(), e);
    }
  }

  /** 0 unknown, 1 claimable, 2 claimed. */
  public int withdrawalState(
      long batchNumber, int index, Address recipient, TokenId token, Amount amount) {
    Function f =
        new Function(
            "withdrawalState",
            List.of(
                new Uint64(batchNumber), new Uint32(index), withdrawal(recipient, token, amount)),
            List.of(new TypeReference<Uint8>() {}));
    return ((BigInteger) call(f).get(0).getValue()).intValue();
  }

  /** The last final state root, as the contract holds it. */
  public String stateRoot() {
    Function f = new Function("stateRoot", List.of(), List.of(new TypeReference<Bytes32>() {}));
    byte[] b = (byte[]) call(f).get(0).getValue();
    return org.web3j.utils.Numeric.toHexString(b);
  }

  /** The number the next batch must have: batches below it are final. */
  public long nextBatchNumber() {
    return uint("nextBatchNumber").longValueExact();
  }

  public long processedDeposits() {
    return uint("processedDeposits").longValueExact();
  }

  public boolean frozen() {
    Function f = new Function("frozen", List.of(), List.of(new TypeReference<Bool>() {}));
    return (Boolean) call(f).get(0).getValue();
  }

  public BigInteger balance(String address) {
    try {
      return web3.ethGetBalance(address, DefaultBlockParameterName.LATEST).send().getBalance();
    } catch (IOException e) {
      throw new ClientException("the L1 node does not answer: " + e.getMessage(), e);
    }
  }

  /** Gas of every transaction that finalized a batch, oldest first. */
  public List<BigInteger> gasOfFinalizedBatches() {
    EthFilter filter =
        new EthFilter(
            org.web3j.protocol.core.DefaultBlockParameter.valueOf(BigInteger.ZERO),
            DefaultBlockParameterName.LATEST,
            validium);
    filter.addSingleTopic(EventEncoder.encode(BATCH_FINALIZED));
    try {
      EthLog logs = web3.ethGetLogs(filter).send();
      if (logs.hasError()) {
        throw new ClientException("eth_getLogs failed: " + logs.getError().getMessage());
      }
      List<BigInteger> out = new java.util.ArrayList<>();
      for (EthLog.LogResult<?> r : logs.getLogs()) {
        String tx = ((EthLog.LogObject) r.get()).getTransactionHash();
        Optional<TransactionReceipt> receipt =
            web3.ethGetTransactionReceipt(tx).send().getTransactionReceipt();
        receipt.ifPresent(rc -> out.add(rc.getGasUsed()));
      }
      return out;
    } catch (IOException e) {
      throw new ClientException("the L1 node does not answer: " + e.getMessage(), e);
    }
  }

  private static StaticStruct withdrawal(Address recipient, TokenId token, Amount amount) {
    return new StaticStruct(
        new org.web3j.abi.datatypes.Address(recipient.toString()),
        new Uint16(token.value()),
        new Uint96(amount.toBigInteger()));
  }

  private BigInteger uint(String name) {
    Function f = new Function(name, List.of(), List.of(new TypeReference<Uint64>() {}));
    return (BigInteger) call(f).get(0).getValue();
  }

  @SuppressWarnings("rawtypes")
  List<Type> call(Function f) {
    return read(validium, f);
  }

  /** Calls the view {@code f} of another contract (an ERC-20 token, say). */
  @SuppressWarnings("rawtypes")
  public List<Type> read(String contract, Function f) {
    try {
      EthCall r =
          web3.ethCall(
                  Transaction.createEthCallTransaction(null, contract, FunctionEncoder.encode(f)),
                  DefaultBlockParameterName.LATEST)
              .send();
      if (r.hasError() || r.isReverted()) {
        throw new ClientException(
            f.getName()
                + " on L1 reverted: "
                + (r.hasError() ? ContractErrors.describe(r.getError()) : r.getRevertReason()));
      }
      return FunctionReturnDecoder.decode(r.getValue(), f.getOutputParameters());
    } catch (IOException e) {
      throw new ClientException("the L1 node does not answer: " + e.getMessage(), e);
    }
  }

  private TransactionReceipt send(Credentials from, Function f, BigInteger value) {
    return send(from, validium, FunctionEncoder.encode(f), f.getName(), value);
  }

  /**
   * Sends a transaction with the gas L1 estimates (plus a margin); a call the contract would refuse
   * is reported with the contract's error name, before anything is sent.
   */
  TransactionReceipt send(Credentials from, String to, String data, String what, BigInteger value) {
    TransactionManager tm =
        new RawTransactionManager(
            web3, from, chainId, new PollingTransactionReceiptProcessor(web3, 250, 240));
    try {
      EthEstimateGas estimate =
          web3.ethEstimateGas(
                  Transaction.createFunctionCallTransaction(
                      from.getAddress(), null, null, null, to, value, data))
              .send();
      if (estimate.hasError()) {
        throw new ClientException(
            what + " was refused by the contract: " + ContractErrors.describe(estimate.getError()));
      }
      BigInteger gasLimit =
          estimate.getAmountUsed().multiply(BigInteger.valueOf(6)).divide(BigInteger.valueOf(5));
      BigInteger gasPrice = web3.ethGasPrice().send().getGasPrice().multiply(BigInteger.TWO);
      var sent = tm.sendTransaction(gasPrice, gasLimit, to, data, value);
      if (sent.hasError()) {
        throw new ClientException(what + " was refused by L1: " + sent.getError().getMessage());
      }
      TransactionReceipt receipt =
          new PollingTransactionReceiptProcessor(web3, 250, 240)
              .waitForTransactionReceipt(sent.getTransactionHash());
      if (!receipt.isStatusOK()) {
        throw new ClientException(
            what + " reverted on L1 (transaction " + receipt.getTransactionHash() + ")");
      }
      return receipt;
    } catch (IOException | org.web3j.protocol.exceptions.TransactionException e) {
      throw new ClientException(what + " on L1 failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    web3.shutdown();
  }
}
