package io.validium.l1.eth;

import io.validium.core.types.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * The JSON-RPC calls the bridge makes, over web3j's HTTP transport, with every node error turned
 * into an {@link RpcException} (unreachable, or an error answer carrying revert data).
 */
public final class EthClient implements AutoCloseable {

  private static final BigInteger DEFAULT_TIP = BigInteger.valueOf(1_000_000_000L);

  private final Web3j web3;
  private final String url;

  /** A client of the node at {@code url}. */
  public EthClient(String url) {
    this.url = url;
    this.web3 = Web3j.build(new HttpService(url));
  }

  /** The endpoint. */
  public String url() {
    return url;
  }

  public long chainId() {
    return call("eth_chainId", () -> web3.ethChainId().send()).getChainId().longValueExact();
  }

  public long blockNumber() {
    return call("eth_blockNumber", () -> web3.ethBlockNumber().send())
        .getBlockNumber()
        .longValueExact();
  }

  /** The block {@code number}'s header, or empty if the chain is shorter. */
  public Optional<EthBlock.Block> block(long number) {
    EthBlock b =
        call(
            "eth_getBlockByNumber",
            () ->
                web3.ethGetBlockByNumber(
                        DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), false)
                    .send());
    return Optional.ofNullable(b.getBlock());
  }

  /** The next nonce of {@code account}, counting its pending transactions. */
  public BigInteger pendingNonce(Address account) {
    return call(
            "eth_getTransactionCount",
            () ->
                web3.ethGetTransactionCount(account.toString(), DefaultBlockParameterName.PENDING)
                    .send())
        .getTransactionCount();
  }

  /** The nonce of {@code account} at the latest block: its mined transactions. */
  public BigInteger latestNonce(Address account) {
    return call(
            "eth_getTransactionCount",
            () ->
                web3.ethGetTransactionCount(account.toString(), DefaultBlockParameterName.LATEST)
                    .send())
        .getTransactionCount();
  }

  /** Fees for a transaction now: twice the latest base fee plus the node's suggested tip. */
  public Fees currentFees() {
    EthBlock.Block latest =
        call(
                "eth_getBlockByNumber",
                () -> web3.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send())
            .getBlock();
    BigInteger base =
        latest.getBaseFeePerGas() == null ? BigInteger.ZERO : latest.getBaseFeePerGas();
    BigInteger tip;
    try {
      tip =
          call("eth_maxPriorityFeePerGas", () -> web3.ethMaxPriorityFeePerGas().send())
              .getMaxPriorityFeePerGas();
    } catch (RpcException e) {
      if (e.unreachable()) {
        throw e;
      }
      tip = DEFAULT_TIP;
    }
    return new Fees(base.shiftLeft(1).add(tip), tip);
  }

  /** eth_estimateGas of a call from {@code from}; a revert surfaces as an RpcException. */
  public long estimateGas(Address from, Optional<Address> to, byte[] data) {
    Transaction tx =
        new Transaction(
            from.toString(),
            null,
            null,
            null,
            to.map(Address::toString).orElse(null),
            null,
            Numeric.toHexString(data));
    return call("eth_estimateGas", () -> web3.ethEstimateGas(tx).send())
        .getAmountUsed()
        .longValueExact();
  }

  /** eth_call of {@code data} to {@code to} at the latest block. */
  public byte[] call(Address to, byte[] data) {
    Transaction tx =
        Transaction.createEthCallTransaction(null, to.toString(), Numeric.toHexString(data));
    String out =
        call("eth_call", () -> web3.ethCall(tx, DefaultBlockParameterName.LATEST).send())
            .getValue();
    return Numeric.hexStringToByteArray(out == null ? "0x" : out);
  }

  /** Signs and sends an EIP-1559 transaction; {@code to} empty creates a contract. */
  public String sendTransaction(
      Credentials key,
      long chainId,
      BigInteger nonce,
      Optional<Address> to,
      byte[] data,
      long gasLimit,
      Fees fees) {
    RawTransaction raw =
        RawTransaction.createTransaction(
            chainId,
            nonce,
            BigInteger.valueOf(gasLimit),
            to.map(Address::toString).orElse(""),
            BigInteger.ZERO,
            Numeric.toHexString(data),
            fees.maxPriorityFeePerGas(),
            fees.maxFeePerGas());
    String signed = Numeric.toHexString(TransactionEncoder.signMessage(raw, chainId, key));
    return call("eth_sendRawTransaction", () -> web3.ethSendRawTransaction(signed).send())
        .getTransactionHash();
  }

  /** The receipt of {@code txHash} if it is mined. */
  public Optional<TransactionReceipt> receipt(String txHash) {
    return call("eth_getTransactionReceipt", () -> web3.ethGetTransactionReceipt(txHash).send())
        .getTransactionReceipt();
  }

  /** The logs of {@code address} in blocks {@code from..to} (inclusive). */
  public List<Log> logs(Address address, long from, long to) {
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
            DefaultBlockParameter.valueOf(BigInteger.valueOf(to)),
            address.toString());
    return call("eth_getLogs", () -> web3.ethGetLogs(filter).send()).getLogs().stream()
        .map(r -> (Log) r.get())
        .toList();
  }

  @Override
  public void close() {
    web3.shutdown();
  }

  @FunctionalInterface
  private interface Rpc<T extends Response<?>> {
    T send() throws IOException;
  }

  private <T extends Response<?>> T call(String method, Rpc<T> rpc) {
    T response;
    try {
      response = rpc.send();
    } catch (IOException e) {
      throw RpcException.unreachable(method, url, e);
    } catch (RuntimeException e) {
      // web3j wraps transport failures and unparsable answers in runtime exceptions.
      throw RpcException.unreachable(method, url, e);
    }
    if (response.hasError()) {
      Response.Error error = response.getError();
      throw RpcException.answered(method, error.getCode(), error.getMessage(), error.getData());
    }
    return response;
  }
}
