package io.validium.l1.deploy;

import io.validium.core.types.Address;
import io.validium.l1.eth.EthClient;
import io.validium.l1.eth.Fees;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Creates contracts with transactions signed by a key, one after the other, each awaited. */
public final class SignedCreator implements ContractCreator {

  private static final Duration RECEIPT_TIMEOUT = Duration.ofMinutes(5);
  private static final long POLL_MILLIS = 200;

  private final EthClient eth;
  private final Credentials key;
  private final long chainId;
  private final Address sender;
  private BigInteger nonce;
  private long lastBlock = -1;

  /** A creator sending from {@code key} on chain {@code chainId}. */
  public SignedCreator(EthClient eth, Credentials key, long chainId) {
    this.eth = eth;
    this.key = key;
    this.chainId = chainId;
    this.sender = Address.parse(key.getAddress());
    this.nonce = eth.pendingNonce(sender);
  }

  @Override
  public Address sender() {
    return sender;
  }

  /** The block of the last creation's receipt. */
  public long lastBlock() {
    return lastBlock;
  }

  @Override
  public Address create(String label, byte[] creationCode) {
    long estimate = eth.estimateGas(sender, Optional.empty(), creationCode);
    Fees fees = eth.currentFees();
    // A margin over the estimate: the estimate is exact on the state it ran on, not on the next.
    long gas = estimate + estimate / 5;
    String hash =
        eth.sendTransaction(key, chainId, nonce, Optional.empty(), creationCode, gas, fees);
    TransactionReceipt receipt = await(label, hash);
    if (!receipt.isStatusOK() || receipt.getContractAddress() == null) {
      throw new DeployException(
          "the creation of " + label + " reverted (transaction " + hash + ")");
    }
    nonce = nonce.add(BigInteger.ONE);
    lastBlock = receipt.getBlockNumber().longValueExact();
    return Address.parse(receipt.getContractAddress());
  }

  private TransactionReceipt await(String label, String hash) {
    long deadline = System.nanoTime() + RECEIPT_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<TransactionReceipt> r = eth.receipt(hash);
      if (r.isPresent()) {
        return r.get();
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeployException("interrupted while waiting for " + label);
      }
    }
    throw new DeployException(
        "the creation of " + label + " was not mined within 5 minutes (transaction " + hash + ")");
  }
}
