package io.validium.l1.deploy;

import io.validium.core.types.Address;

/** Whoever sends the creation transactions: a signing key on a real chain, an unlocked account. */
public interface ContractCreator {

  /** The account that sends them; it becomes the owner of what it deploys. */
  Address sender();

  /** Sends {@code creationCode} (constructor arguments appended), waits for success. */
  Address create(String label, byte[] creationCode);
}
