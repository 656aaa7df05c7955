package io.validium.core.da;

/** One pluggable data-availability scheme, named as its L1 verifier is registered. */
public interface DataAvailabilityScheme {

  /** A stable name, such as {@code committee-ecdsa} or {@code committee-bls}. */
  String name();

  CertificateCollector newCollector();
}
