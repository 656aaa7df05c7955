package io.validium.da.committee;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.da.CertificateCollector;
import io.validium.core.da.DaCertificate;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Collects member attestations for batches until the threshold of the epoch that was current when
 * collection started, then completes with the certificate. Attestations that do not count are
 * answered with the reason and logged, never counted. Thread-safe.
 */
public final class CommitteeCertificateCollector implements CertificateCollector {
  private static final System.Logger LOG =
      System.getLogger(CommitteeCertificateCollector.class.getName());

  /** How many batches may be collecting or remembered as certified at once. */
  public static final int DEFAULT_CAPACITY = 4096;

  private final AttestationDigest digest;
  private final Supplier<Keyset> currentKeyset;
  private final int capacity;
  private final Map<BatchNumber, Round> rounds = new LinkedHashMap<>();

  public CommitteeCertificateCollector(Domain domain, Supplier<Keyset> currentKeyset) {
    this(domain, currentKeyset, DEFAULT_CAPACITY);
  }

  public CommitteeCertificateCollector(
      Domain domain, Supplier<Keyset> currentKeyset, int capacity) {
    this.digest = new AttestationDigest(domain);
    this.currentKeyset = Objects.requireNonNull(currentKeyset, "currentKeyset");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " is below 1");
    }
    this.capacity = capacity;
  }

  /**
   * Starts (or joins) collection for {@code header}. A new header for a number that is still being
   * collected replaces the old round, whose future then never completes.
   */
  @Override
  public synchronized CompletionStage<DaCertificate> collect(BatchHeader header) {
    Round existing = rounds.get(header.number());
    if (existing != null && existing.header.equals(header)) {
      return existing.result;
    }
    Round round = new Round(header, currentKeyset.get(), digest.digest(header));
    rounds.remove(header.number());
    rounds.put(header.number(), round);
    evictBeyondCapacity();
    return round.result;
  }

  @Override
  public synchronized Admission offer(Attestation attestation) {
    Admission a = admit(attestation);
    if (a != Admission.COUNTED) {
      LOG.log(
          Level.INFO,
          "attestation for batch {0} from {1} not counted: {2}",
          attestation.header().number(),
          signerText(attestation.signer()),
          a);
    }
    return a;
  }

  private Admission admit(Attestation attestation) {
    Round round = rounds.get(attestation.header().number());
    if (round == null || !round.header.equals(attestation.header())) {
      return Admission.UNKNOWN_BATCH;
    }
    if (round.result.isDone()) {
      return Admission.ALREADY_CERTIFIED;
    }
    if (!CommitteeScheme.NAME.equals(attestation.scheme()) || attestation.signer().length != 20) {
      return Admission.INVALID_SIGNATURE;
    }
    Address claimed = Address.wrap(attestation.signer());
    Optional<Address> recovered = EcdsaSignatures.recover(round.digest, attestation.signature());
    if (recovered.isEmpty() || !recovered.get().equals(claimed)) {
      return Admission.INVALID_SIGNATURE;
    }
    if (!round.keyset.isMember(claimed)) {
      return Admission.NOT_A_MEMBER;
    }
    if (round.signatures.putIfAbsent(claimed, attestation.signature()) != null) {
      return Admission.DUPLICATE;
    }
    if (round.signatures.size() >= round.keyset.threshold()) {
      byte[] encoded = CommitteeCertificate.of(round.keyset.epoch(), round.signatures).encode();
      round.result.complete(new DaCertificate(CommitteeScheme.NAME, round.header, encoded));
    }
    return Admission.COUNTED;
  }

  private void evictBeyondCapacity() {
    // Certified rounds go first; only if every round is still open does the oldest open one go.
    Iterator<Map.Entry<BatchNumber, Round>> it = rounds.entrySet().iterator();
    while (rounds.size() > capacity && it.hasNext()) {
      if (it.next().getValue().result.isDone()) {
        it.remove();
      }
    }
    it = rounds.entrySet().iterator();
    while (rounds.size() > capacity && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  private static String signerText(byte[] signer) {
    return signer.length == 20 ? Address.wrap(signer).toString() : Arrays.toString(signer);
  }

  private static final class Round {
    final BatchHeader header;
    final Keyset keyset;
    final byte[] digest;
    final TreeMap<Address, byte[]> signatures = new TreeMap<>(Keyset::compare);
    final CompletableFuture<DaCertificate> result = new CompletableFuture<>();

    Round(BatchHeader header, Keyset keyset, byte[] digest) {
      this.header = header;
      this.keyset = Objects.requireNonNull(keyset, "the current keyset");
      this.digest = digest;
    }
  }
}
