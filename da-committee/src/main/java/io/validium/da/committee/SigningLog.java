package io.validium.da.committee;

import io.validium.core.types.BatchNumber;
import java.util.Optional;

/**
 * A member's persisted record of every header it signed, one per batch number, kept like a
 * validator's slashing-protection database: it is read before every signature and written, durably,
 * before a signature leaves the signer.
 */
public interface SigningLog {

  /** The entry for a batch number, if the member ever signed one. */
  Optional<SignedEntry> find(BatchNumber number);

  /**
   * Records {@code entry} unless the number already has one, and returns the entry the log holds
   * afterwards (the existing one if there was one). When it returns {@code entry}, the entry is on
   * stable storage.
   */
  SignedEntry recordIfAbsent(SignedEntry entry);

  /** The highest batch number with an entry, if any. */
  Optional<BatchNumber> latest();
}
