package io.validium.cli.devnet;

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

  private static final BigInteger GAS_LIMIT = BigInteger.valueOf(1_000_000);
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
      throw new DevnetException("the L1 node does not answer: " + e.getMessage(), e);
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
        throw new DevnetException("eth_getLogs failed: " + logs.getError().getMessage());
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
      throw new DevnetException("the L1 node does not answer: " + e.getMessage(), e);
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
  private List<Type> call(Function f) {
    try {
      EthCall r =
          web3.ethCall(
                  Transaction.createEthCallTransaction(null, validium, FunctionEncoder.encode(f)),
                  DefaultBlockParameterName.LATEST)
              .send();
      if (r.hasError() || r.isReverted()) {
        throw new DevnetException(f.getName() + " on L1 reverted: " + r.getRevertReason());
      }
      return FunctionReturnDecoder.decode(r.getValue(), f.getOutputParameters());
    } catch (IOException e) {
      throw new DevnetException("the L1 node does not answer: " + e.getMessage(), e);
    }
  }

  private TransactionReceipt send(Credentials from, Function f, BigInteger value) {
    TransactionManager tm =
        new RawTransactionManager(
            web3, from, chainId, new PollingTransactionReceiptProcessor(web3, 250, 240));
    try {
      BigInteger gasPrice = web3.ethGasPrice().send().getGasPrice().multiply(BigInteger.TWO);
      var sent =
          tm.sendTransaction(gasPrice, GAS_LIMIT, validium, FunctionEncoder.encode(f), value);
      if (sent.hasError()) {
        throw new DevnetException(
            f.getName() + " was refused by L1: " + sent.getError().getMessage());
      }
      TransactionReceipt receipt =
          new PollingTransactionReceiptProcessor(web3, 250, 240)
              .waitForTransactionReceipt(sent.getTransactionHash());
      if (!receipt.isStatusOK()) {
        throw new DevnetException(
            f.getName() + " reverted on L1 (transaction " + receipt.getTransactionHash() + ")");
      }
      return receipt;
    } catch (IOException | org.web3j.protocol.exceptions.TransactionException e) {
      throw new DevnetException(f.getName() + " on L1 failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    web3.shutdown();
  }
}
