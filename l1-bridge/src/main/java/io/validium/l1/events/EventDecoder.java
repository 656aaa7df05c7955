package io.validium.l1.events;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.Keccak256;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

/**
 * Decodes the Validium contract's {@code DepositQueued}, {@code ForcedWithdrawalQueued} and {@code
 * BatchFinalized} logs, checking every word against its Solidity type and the protocol's bounds.
 * Other events are none of the bridge's business; a log that claims to be one of these but does not
 * decode is malformed.
 */
public final class EventDecoder {

  public static final String DEPOSIT_QUEUED =
      topic("DepositQueued(uint64,uint32,uint16,uint96,uint256,uint256,address,uint64,uint256)");
  public static final String FORCED_WITHDRAWAL_QUEUED =
      topic("ForcedWithdrawalQueued(uint64,uint32,uint16,uint96,address,uint64,uint256)");
  public static final String BATCH_FINALIZED =
      topic("BatchFinalized(uint64,bytes32,bytes32,bytes32,bytes32,uint64)");

  /** What a log turned out to be. */
  public sealed interface Result {
    /** An event to relay. */
    record Decoded(L1Event event) implements Result {}

    /** An event the bridge does not relay. */
    record Ignored() implements Result {}

    /** A log with a relayed event's signature that breaks its type or the protocol's bounds. */
    record Malformed(String reason) implements Result {}
  }

  private final Domain domain;

  public EventDecoder(Domain domain) {
    this.domain = domain;
  }

  public Result decode(Log log) {
    List<String> topics = log.getTopics();
    if (topics == null || topics.isEmpty() || log.isRemoved()) {
      return new Result.Ignored();
    }
    String sig = topics.get(0).toLowerCase();
    try {
      if (sig.equals(DEPOSIT_QUEUED)) {
        return deposit(log);
      }
      if (sig.equals(FORCED_WITHDRAWAL_QUEUED)) {
        return forcedWithdrawal(log);
      }
      if (sig.equals(BATCH_FINALIZED)) {
        return finalized(log);
      }
      return new Result.Ignored();
    } catch (RuntimeException e) {
      return new Result.Malformed(e.getMessage());
    }
  }

  private Result deposit(Log log) {
    List<BigInteger> t = topicWords(log, 3);
    List<BigInteger> d = dataWords(log, 7);
    long block = block(log);
    DepositIndex index = DepositIndex.of(fit(t.get(1), 64, "depositIndex").longValueExact());
    long account = fit(t.get(2), 32, "accountId").longValueExact();
    if (account >= AccountId.LIMIT) {
      return new Result.Malformed("accountId " + account + " is not below 2^24");
    }
    int token = fit(d.get(0), 16, "tokenId").intValueExact();
    BigInteger amount = fit(d.get(1), 96, "amount");
    if (amount.signum() == 0) {
      return new Result.Malformed("amount is zero");
    }
    BigInteger ax = d.get(2);
    BigInteger ay = d.get(3);
    if (ax.compareTo(Fr.MODULUS) >= 0 || ay.compareTo(Fr.MODULUS) >= 0) {
      return new Result.Malformed("public key coordinate is not below r");
    }
    fit(d.get(4), 160, "depositor");
    fit(d.get(5), 64, "deadline");
    Deposit deposit =
        new Deposit(
            domain,
            index,
            AccountId.of(account),
            new EdDsaPublicKey(Fr.fromBigInteger(ax), Fr.fromBigInteger(ay)),
            TokenId.of(token),
            Amount.of(amount));
    return new Result.Decoded(new L1Event.DepositQueued(block, deposit));
  }

  private Result forcedWithdrawal(Log log) {
    List<BigInteger> t = topicWords(log, 3);
    List<BigInteger> d = dataWords(log, 5);
    long block = block(log);
    DepositIndex index = DepositIndex.of(fit(t.get(1), 63, "depositIndex").longValueExact());
    long account = fit(t.get(2), 32, "accountId").longValueExact();
    if (account >= AccountId.LIMIT) {
      return new Result.Malformed("accountId " + account + " is not below 2^24");
    }
    int token = fit(d.get(0), 16, "tokenId").intValueExact();
    BigInteger amount = fit(d.get(1), 96, "amount");
    if (amount.signum() == 0) {
      return new Result.Malformed("amount is zero");
    }
    BigInteger recipient = fit(d.get(2), 160, "recipient");
    if (recipient.signum() == 0) {
      return new Result.Malformed("recipient is the zero address");
    }
    fit(d.get(3), 64, "deadline");
    if (d.get(4).compareTo(Fr.MODULUS) >= 0) {
      return new Result.Malformed("depositChain is not below r");
    }
    ForcedWithdrawal fw =
        new ForcedWithdrawal(
            domain,
            index,
            AccountId.of(account),
            TokenId.of(token),
            Amount.of(amount),
            Address.wrap(Numeric.toBytesPadded(recipient, 20)));
    return new Result.Decoded(new L1Event.ForcedWithdrawalQueued(block, fw));
  }

  private Result finalized(Log log) {
    List<BigInteger> t = topicWords(log, 2);
    dataWords(log, 5);
    long n = fit(t.get(1), 64, "batchNumber").longValueExact();
    return new Result.Decoded(new L1Event.BatchFinalized(block(log), BatchNumber.of(n)));
  }

  private static long block(Log log) {
    BigInteger b =
        Optional.ofNullable(log.getBlockNumber())
            .orElseThrow(() -> new IllegalArgumentException("log has no block number (pending)"));
    return b.longValueExact();
  }

  private static List<BigInteger> topicWords(Log log, int n) {
    if (log.getTopics().size() != n) {
      throw new IllegalArgumentException(
          "expected " + n + " topics, got " + log.getTopics().size());
    }
    return log.getTopics().stream().map(EventDecoder::word).toList();
  }

  private static List<BigInteger> dataWords(Log log, int n) {
    byte[] data = Numeric.hexStringToByteArray(log.getData() == null ? "0x" : log.getData());
    if (data.length != 32 * n) {
      throw new IllegalArgumentException(
          "expected " + (32 * n) + " data bytes, got " + data.length);
    }
    BigInteger[] out = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      byte[] w = new byte[32];
      System.arraycopy(data, 32 * i, w, 0, 32);
      out[i] = new BigInteger(1, w);
    }
    return List.of(out);
  }

  private static BigInteger word(String hex) {
    if (hex == null || !hex.matches("0x[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException("topic is not a 32-byte word: " + hex);
    }
    return new BigInteger(hex.substring(2), 16);
  }

  private static BigInteger fit(BigInteger v, int bits, String name) {
    if (v.bitLength() > bits) {
      throw new IllegalArgumentException(name + " does not fit in " + bits + " bits");
    }
    return v;
  }

  private static String topic(String signature) {
    byte[] h = Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII));
    return Numeric.toHexString(h);
  }
}
