package io.validium.l1.service;

import io.validium.da.committee.SigningKeys;
import io.validium.l1.config.L1Config;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/** The submitting key: a V3 keystore with its password file, or a raw key file (a secret). */
final class SigningKey {

  private SigningKey() {}

  /** The configured key, or empty if none is configured. */
  static Optional<Credentials> load(L1Config c) {
    if (c.privateKeyFile().isPresent()) {
      if (c.keyFile().isPresent()) {
        throw new IllegalStateException(
            "configure either validium.l1.private-key-file or validium.l1.key-file, not both");
      }
      return Optional.of(Credentials.create(SigningKeys.fromRawKeyFile(c.privateKeyFile().get())));
    }
    if (c.keyFile().isPresent()) {
      if (c.keyPasswordFile().isEmpty()) {
        throw new IllegalStateException("validium.l1.key-file needs validium.l1.key-password-file");
      }
      return Optional.of(
          Credentials.create(
              SigningKeys.fromKeystore(c.keyFile().get(), c.keyPasswordFile().get())));
    }
    return Optional.empty();
  }
}
