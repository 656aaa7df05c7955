package io.validium.da.committee;

import io.validium.core.batch.BatchHeader;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;

/** Headers and keys for the committee tests; the values need no state behind them. */
final class Headers {
  static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

  private Headers() {}

  /** A header for {@code number} whose roots and commitments are derived from {@code variant}. */
  static BatchHeader header(long number, long variant) {
    return new BatchHeader(
        BatchNumber.of(number),
        StateRoot.of(Fr.of(1000 + variant)),
        StateRoot.of(Fr.of(2000 + variant)),
        BatchCommitment.of(Fr.of(3000 + variant)),
        L1OpsCommitment.of(Fr.of(4000 + variant)));
  }

  /** A deterministic member key. */
  static ECKeyPair key(int i) {
    return ECKeyPair.create(BigInteger.valueOf(0x1000L + 7919L * i));
  }
}
