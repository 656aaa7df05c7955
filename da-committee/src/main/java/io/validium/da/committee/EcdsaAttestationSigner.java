package io.validium.da.committee;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.da.AttestationSigner;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import java.util.Objects;
import java.util.Optional;
import org.web3j.crypto.ECKeyPair;

/**
 * The committee member's signer: secp256k1 over the EIP-712 attestation digest, guarded by a
 * signing log so that it never signs two different headers for one batch number, across restarts.
 */
public final class EcdsaAttestationSigner implements AttestationSigner {
  private final AttestationDigest digest;
  private final ECKeyPair key;
  private final Address address;
  private final SigningLog log;

  public EcdsaAttestationSigner(Domain domain, ECKeyPair key, SigningLog log) {
    this.digest = new AttestationDigest(domain);
    this.key = Objects.requireNonNull(key, "key");
    this.address = EcdsaSignatures.addressOf(key.getPublicKey());
    this.log = Objects.requireNonNull(log, "log");
  }

  /** The member's L1 address. */
  public Address address() {
    return address;
  }

  @Override
  public byte[] signer() {
    return address.toBytes();
  }

  /**
   * Signs {@code header}; signing the header already logged for its number returns the logged
   * signature again (redelivery is not equivocation), a different header is refused.
   */
  @Override
  public synchronized SignResult sign(BatchHeader header) {
    Optional<SignedEntry> logged = log.find(header.number());
    if (logged.isPresent()) {
      return answer(logged.get(), header);
    }
    byte[] signature = EcdsaSignatures.sign(digest.digest(header), key);
    // The signature leaves this method only once the log holds it durably.
    return answer(log.recordIfAbsent(new SignedEntry(header, signature)), header);
  }

  /** This member's attestation of the header it logged for {@code number}, if any. */
  public synchronized Optional<Attestation> attestation(BatchNumber number) {
    return log.find(number).map(this::attestation);
  }

  private SignResult answer(SignedEntry entry, BatchHeader requested) {
    if (!entry.header().equals(requested)) {
      return SignResult.refused(SignRefusal.CONFLICTING_HEADER_ALREADY_SIGNED);
    }
    return SignResult.signed(attestation(entry));
  }

  private Attestation attestation(SignedEntry entry) {
    byte[] signature = entry.signature();
    byte[] d = digest.digest(entry.header());
    // After a key rotation the log holds the old key's signature; the same header signed again
    // with the new key is no equivocation, and the log keeps guarding the header.
    if (!EcdsaSignatures.recover(d, signature).map(address::equals).orElse(false)) {
      signature = EcdsaSignatures.sign(d, key);
    }
    return new Attestation(CommitteeScheme.NAME, entry.header(), signer(), signature);
  }
}
