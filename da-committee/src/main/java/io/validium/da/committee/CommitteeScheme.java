package io.validium.da.committee;

import io.validium.core.da.CertificateCollector;
import io.validium.core.da.DataAvailabilityScheme;
import io.validium.core.tx.Domain;
import java.util.Objects;
import java.util.function.Supplier;

/** The default data-availability scheme: a committee of secp256k1 signers per epoch. */
public final class CommitteeScheme implements DataAvailabilityScheme {
  /** The scheme's name, as its L1 verifier is registered. */
  public static final String NAME = "committee-ecdsa";

  private final Domain domain;
  private final Supplier<Keyset> currentKeyset;

  public CommitteeScheme(Domain domain, Supplier<Keyset> currentKeyset) {
    this.domain = Objects.requireNonNull(domain, "domain");
    this.currentKeyset = Objects.requireNonNull(currentKeyset, "currentKeyset");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CertificateCollector newCollector() {
    return new CommitteeCertificateCollector(domain, currentKeyset);
  }
}
