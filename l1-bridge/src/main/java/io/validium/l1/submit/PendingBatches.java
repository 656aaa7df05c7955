package io.validium.l1.submit;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.da.Attestation;
import io.validium.core.da.CertificateCollector;
import io.validium.core.da.DaCertificate;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.da.committee.AttestationRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * The batches the submitter waits on, rebuilt from the three topics: each batch's header and L1
 * operations (from {@code validium.batches}), its first valid proof, and its certificate (from the
 * attestations, through the committee's collector). A proof or attestation that arrives before its
 * batch is kept until the batch does. Thread-safe.
 */
public final class PendingBatches {

  private static final Logger LOG = Logger.getLogger(PendingBatches.class);

  /** A proof record: the proof, its signals and up to a batch's worth of withdrawals. */
  public static final int MAX_PROOF_BYTES = ProofRecordParser.MAX_RECORD_BYTES;

  /** A batch of 65,536 transactions of at most 167 bytes, and its envelope. */
  public static final int MAX_BATCH_BYTES = 12 * 1024 * 1024;

  private static final int MAX_EARLY_PER_BATCH = 512;

  /** Proofs of one batch held before it arrives: a few provers' copies, a bad one among them. */
  private static final int MAX_EARLY_PROOFS_PER_BATCH = 8;

  private final Domain domain;
  private final CertificateCollector collector;
  private final int capacity;
  private final TreeMap<Long, Entry> entries = new TreeMap<>();
  private final Map<Long, List<Attestation>> earlyAttestations = new HashMap<>();
  private final Map<Long, List<ProvenBatch>> earlyProofs = new HashMap<>();
  private long finalizedBelow;

  private static final class Entry {
    final BatchHeader header;
    final BatchL1Ops ops;
    final CompletableFuture<DaCertificate> certificate;
    ProvenBatch proof;

    Entry(BatchHeader header, BatchL1Ops ops, CompletableFuture<DaCertificate> certificate) {
      this.header = header;
      this.ops = ops;
      this.certificate = certificate;
    }
  }

  public PendingBatches(Domain domain, CertificateCollector collector, int capacity) {
    this.domain = domain;
    this.collector = collector;
    this.capacity = capacity;
  }

  /** A {@code validium.batches} record: key, 8.1 value, 8.4 {@code validium-header}. */
  public synchronized Offer offerBatch(String key, byte[] value, byte[] headerBytes) {
    if (value == null || value.length > MAX_BATCH_BYTES) {
      return Offer.refused(Refusal.TOO_LARGE, "batch data is missing or too large");
    }
    OptionalLong number = decimal(key);
    if (number.isEmpty()) {
      return Offer.refused(Refusal.BAD_KEY, "the key is not a batch number");
    }
    if (headerBytes == null) {
      return Offer.refused(Refusal.MALFORMED_HEADER, "no validium-header record header");
    }
    Decoded<BatchHeader> h = BatchCodec.decodeHeader(headerBytes);
    if (!h.isOk()) {
      return Offer.refused(Refusal.MALFORMED_HEADER, h.error().toString());
    }
    Decoded<BatchData> d = BatchCodec.decodeData(value);
    if (!d.isOk()) {
      return Offer.refused(Refusal.MALFORMED_DATA, d.error().toString());
    }
    BatchHeader header = h.value();
    BatchData data = d.value();
    if (!data.domain().equals(domain)) {
      return Offer.refused(Refusal.WRONG_DOMAIN, "the batch is for another deployment");
    }
    long n = header.number().value();
    if (n != number.getAsLong() || data.number().value() != n) {
      return Offer.refused(
          Refusal.NUMBER_MISMATCH, "key, header and data name different batch numbers");
    }
    if (!data.commitment().equals(header.commitment())) {
      return Offer.refused(
          Refusal.COMMITMENT_MISMATCH, "the data does not hash to the header's commitment");
    }
    if (n < finalizedBelow) {
      return Offer.DONE; // already final on L1
    }
    Entry existing = entries.get(n);
    if (existing != null) {
      if (!existing.header.equals(header)) {
        LOG.warnf("batch %d arrived again with another header; keeping the first", n);
      }
      // Held, not done: after a rebalance this may be the copy whose offset will be committed.
      return Offer.held(n);
    }
    if (entries.size() >= capacity) {
      throw new IllegalStateException("more than " + capacity + " batches wait for submission");
    }
    Entry e =
        new Entry(header, BatchL1Ops.of(data), collector.collect(header).toCompletableFuture());
    entries.put(n, e);
    for (Attestation a : earlyAttestations.getOrDefault(n, List.of())) {
      collector.offer(a);
    }
    earlyAttestations.remove(n);
    // In arrival order: the first that proves the header and carries the batch's L1 side counts.
    for (ProvenBatch early : earlyProofs.getOrDefault(n, List.of())) {
      acceptProof(e, early);
      if (e.proof != null) {
        break;
      }
    }
    earlyProofs.remove(n);
    return Offer.held(n);
  }

  /**
   * A {@code validium.proofs} record (protocol.md 13). Once its batch is here, the record must
   * prove the batch's header and carry the batch's L1 side ({@link L1OpsCheck}), or it is refused.
   */
  public synchronized Offer offerProof(byte[] value) {
    if (value == null || value.length > MAX_PROOF_BYTES) {
      return Offer.refused(
          Refusal.TOO_LARGE, "a proof record holds at most " + MAX_PROOF_BYTES + " bytes");
    }
    ProofRecordParser.Parsed parsed = ProofRecordParser.parse(value);
    if (!parsed.isOk()) {
      return Offer.refused(Refusal.MALFORMED_PROOF, parsed.refusal());
    }
    ProvenBatch proof = parsed.batch();
    long n = proof.batchNumber();
    if (n < finalizedBelow) {
      return Offer.DONE;
    }
    Entry e = entries.get(n);
    if (e == null) {
      List<ProvenBatch> early = earlyProofs.get(n);
      if (early == null && earlyProofs.size() >= capacity
          || early != null && early.size() >= MAX_EARLY_PROOFS_PER_BATCH) {
        LOG.warnf("proof for batch %d dropped: too many proofs wait for their batches", n);
        return Offer.DONE;
      }
      // Kept side by side: which one fits the batch is known only once the batch is here.
      earlyProofs.computeIfAbsent(n, k -> new ArrayList<>()).add(proof);
      return Offer.held(n);
    }
    if (!signalsMatch(e.header, proof.signals())) {
      return Offer.refused(
          Refusal.SIGNALS_MISMATCH, "the public signals are not batch " + n + "'s header");
    }
    L1OpsCheck.Failure f = L1OpsCheck.check(e.header, e.ops, proof);
    if (f != null) {
      return Offer.refused(f.refusal(), f.detail());
    }
    acceptProof(e, proof);
    return Offer.held(n);
  }

  /** A {@code validium.attestations} record (protocol.md 11.4). */
  public synchronized Offer offerAttestation(byte[] value) {
    AttestationRecord.Parsed p = AttestationRecord.parse(value);
    if (!p.isOk()) {
      return Offer.refused(Refusal.MALFORMED_ATTESTATION, p.refusal() + ": " + p.detail());
    }
    Attestation a = p.attestation();
    long n = a.header().number().value();
    if (n < finalizedBelow) {
      LOG.debugf("late attestation for final batch %d ignored", n);
      return Offer.DONE;
    }
    if (entries.containsKey(n)) {
      collector.offer(a); // the collector logs one that does not count
      return Offer.held(n);
    }
    List<Attestation> early = earlyAttestations.get(n);
    if (early == null && earlyAttestations.size() >= capacity
        || early != null && early.size() >= MAX_EARLY_PER_BATCH) {
      LOG.warnf("attestation for batch %d dropped: too many wait for their batches", n);
      return Offer.DONE;
    }
    earlyAttestations.computeIfAbsent(n, k -> new ArrayList<>()).add(a);
    return Offer.held(n);
  }

  /** Batch {@code n} with its proof and certificate, if both are there. */
  public synchronized Optional<Submission> ready(long n) {
    Entry e = entries.get(n);
    if (e == null || e.proof == null || !e.certificate.isDone()) {
      return Optional.empty();
    }
    DaCertificate c = e.certificate.join();
    return Optional.of(
        new Submission(
            e.header,
            e.proof.proof(),
            c.encoded(),
            e.proof.depositCountAfter(),
            e.ops.priorityEntries(),
            e.proof.withdrawals()));
  }

  /** Drops batch {@code n}'s proof (L1's verifier refused it); a later valid one can replace it. */
  public synchronized void dropProof(long n) {
    Entry e = entries.get(n);
    if (e != null) {
      e.proof = null;
    }
  }

  /** What batch {@code n} still lacks, for logs and status. */
  public synchronized String missing(long n) {
    Entry e = entries.get(n);
    if (e == null) {
      return "batch record";
    }
    List<String> out = new ArrayList<>();
    if (e.proof == null) {
      out.add("proof");
    }
    if (!e.certificate.isDone()) {
      out.add("certificate");
    }
    return String.join(" and ", out);
  }

  /** Forgets batches below {@code n}: L1 has them. */
  public synchronized void finalizedBelow(long n) {
    if (n <= finalizedBelow) {
      return;
    }
    finalizedBelow = n;
    entries.headMap(n).clear();
    earlyAttestations.keySet().removeIf(k -> k < n);
    earlyProofs.keySet().removeIf(k -> k < n);
  }

  public synchronized int size() {
    return entries.size();
  }

  private static void acceptProof(Entry e, ProvenBatch proof) {
    if (e.proof != null) {
      return; // the first valid proof per batch counts (protocol.md 13)
    }
    long n = e.header.number().value();
    if (!signalsMatch(e.header, proof.signals())) {
      // An early record, taken before its batch arrived: too late to dead-letter it.
      LOG.warnf("proof for batch %d proves another header; ignored", n);
      return;
    }
    L1OpsCheck.Failure f = L1OpsCheck.check(e.header, e.ops, proof);
    if (f != null) {
      LOG.warnf("proof for batch %d ignored, %s: %s", n, f.refusal(), f.detail());
      return;
    }
    e.proof = proof;
  }

  private static boolean signalsMatch(BatchHeader h, List<String> signals) {
    if (signals == null || signals.size() != 4) {
      return false;
    }
    List<Fr> inputs = h.publicInputs();
    for (int i = 0; i < 4; i++) {
      if (!inputs.get(i).toBigInteger().toString().equals(signals.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static OptionalLong decimal(String key) {
    if (key == null || !key.matches("0|[1-9][0-9]{0,18}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(key));
  }
}
