/**
 * The data-availability SPI. A scheme has three parts that must agree: a member-side store and
 * signer ({@link BatchStore}, {@link AttestationSigner}), a client that collects a certificate
 * ({@link CertificateCollector}), and an L1 verifier contract with {@code verify(batchHash,
 * certificate)}. {@link DataAvailabilityScheme} ties them together; implementations live outside
 * {@code core}.
 */
package io.validium.core.da;
