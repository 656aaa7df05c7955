package io.validium.core.batch;

import io.validium.core.codec.BatchCodec;
import io.validium.core.crypto.Keccak256;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transaction;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import java.util.List;
import java.util.Objects;

/** The ordered transactions of one batch: what the committee stores and the proof commits to. */
public record BatchData(Domain domain, BatchNumber number, List<Transaction> transactions) {
  /** The most transactions one batch may hold; bounds every decoder and every circuit size. */
  public static final int MAX_TRANSACTIONS = 65_536;

  public BatchData {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(number, "number");
    transactions = List.copyOf(transactions);
    if (transactions.size() > MAX_TRANSACTIONS) {
      throw new IllegalArgumentException(
          "a batch holds at most " + MAX_TRANSACTIONS + " transactions");
    }
    for (Transaction tx : transactions) {
      if (!tx.domain().equals(domain)) {
        throw new IllegalArgumentException(
            "transaction of " + tx.domain() + " in a batch of " + domain);
      }
    }
  }

  /**
   * The Poseidon chain {@code c_0 = H(domainHash, batchNumber)}, {@code c_{k+1} = H(c_k, leaf_k)}.
   */
  public BatchCommitment commitment() {
    Fr c = Poseidon.hash(domain.hash(), Fr.of(number.value()));
    for (Transaction tx : transactions) {
      c = Poseidon.hash(c, tx.commitmentLeaf());
    }
    return BatchCommitment.of(c);
  }

  /** Keccak-256 of the canonical encoding, for systems that index data by a plain hash. */
  public byte[] keccakDataHash() {
    return Keccak256.hash(BatchCodec.encodeData(this));
  }
}
