package io.validium.sequencer.engine;

import io.validium.core.codec.TransactionCodec;
import io.validium.core.crypto.Keccak256;
import io.validium.core.tx.Transaction;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A transaction's identity: Keccak-256 of its canonical encoding (signature included), so the same
 * signed transaction always has the same hash and two different signatures never share one.
 */
public record TxHash(String hex) {
  private static final Pattern FORM = Pattern.compile("0x[0-9a-f]{64}");

  public TxHash {
    if (hex == null || !FORM.matcher(hex).matches()) {
      throw new IllegalArgumentException("a transaction hash is 0x and 64 lowercase hex digits");
    }
  }

  public static TxHash of(Transaction tx) {
    return ofEncoding(TransactionCodec.encode(tx));
  }

  public static TxHash ofEncoding(byte[] canonical) {
    return new TxHash("0x" + HexFormat.of().formatHex(Keccak256.hash(canonical)));
  }

  /** Parses user input; empty when it is not a hash. */
  public static java.util.Optional<TxHash> parse(String text) {
    return text != null && FORM.matcher(text).matches()
        ? java.util.Optional.of(new TxHash(text))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return hex;
  }
}
