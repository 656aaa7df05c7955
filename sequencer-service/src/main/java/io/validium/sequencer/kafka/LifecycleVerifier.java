package io.validium.sequencer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import io.validium.da.committee.AttestationDigest;
import io.validium.da.committee.AttestationRecord;
import io.validium.da.committee.EcdsaSignatures;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what the committee and the provers claim before the lifecycle counts it: an attestation
 * only when its header is the sequencer's own header of that batch and its EIP-712 signature
 * recovers to the member it names (and that member is in the configured committee); a proof only
 * when its public signals are the batch header's. The Groth16 proof itself is L1's to verify.
 */
public final class LifecycleVerifier {
  /** Why a lifecycle record does not count. */
  public enum Refusal {
    MALFORMED,
    UNKNOWN_BATCH,
    HEADER_MISMATCH,
    BAD_SIGNATURE,
    NOT_A_MEMBER,
    SIGNALS_MISMATCH
  }

  /** A record that counts (refusal null) or why not; {@code batch} is set for UNKNOWN_BATCH too. */
  public record Verdict(BatchNumber batch, String member, Refusal refusal, String detail) {
    static Verdict refused(Refusal r, String detail) {
      return new Verdict(null, null, r, detail);
    }

    static Verdict unknown(BatchNumber n) {
      return new Verdict(n, null, Refusal.UNKNOWN_BATCH, "batch " + n + " is not closed here");
    }

    public boolean counts() {
      return refusal == null;
    }
  }

  private static final int SIGNALS = 4;
  private static final int MAX_SIGNAL_DIGITS = 80;

  private final AttestationDigest digest;
  private final Optional<Set<Address>> committee;

  /**
   * {@code committee} empty: any signer counts whose signature verifies for the member it names.
   */
  public LifecycleVerifier(Domain domain, Optional<Set<Address>> committee) {
    this.digest = new AttestationDigest(domain);
    this.committee = committee.map(Set::copyOf);
  }

  /** An attestation record (the lead's JSON) against the headers of the closed batches. */
  public Verdict attestation(byte[] record, Function<BatchNumber, Optional<BatchHeader>> headers) {
    AttestationRecord.Parsed parsed = AttestationRecord.parse(record);
    if (!parsed.isOk()) {
      return Verdict.refused(Refusal.MALFORMED, parsed.refusal() + ": " + parsed.detail());
    }
    Attestation a = parsed.attestation();
    BatchNumber n = a.header().number();
    Optional<BatchHeader> ours = headers.apply(n);
    if (ours.isEmpty()) {
      return Verdict.unknown(n);
    }
    if (!ours.get().equals(a.header())) {
      return Verdict.refused(Refusal.HEADER_MISMATCH, "not the header of batch " + n);
    }
    Address member = Address.wrap(a.signer());
    Optional<Address> signer = EcdsaSignatures.recover(digest.digest(ours.get()), a.signature());
    if (signer.isEmpty() || !signer.get().equals(member)) {
      return Verdict.refused(
          Refusal.BAD_SIGNATURE, "the signature is not " + member + "'s over batch " + n);
    }
    if (committee.isPresent() && !committee.get().contains(member)) {
      return Verdict.refused(Refusal.NOT_A_MEMBER, member + " is not in the committee");
    }
    return new Verdict(n, member.toString(), null, "ok");
  }

  /** A proof record: its public signals must be the header's (protocol.md 8.5 order). */
  public Verdict proof(JsonNode record, Function<BatchNumber, Optional<BatchHeader>> headers) {
    BatchNumber n = batchNumber(record.get("batchNumber"));
    JsonNode signals = record.get("publicSignals");
    if (n == null || !record.path("proof").isObject() || signals == null || !signals.isArray()) {
      return Verdict.refused(
          Refusal.MALFORMED, "batchNumber, a proof object and publicSignals are expected");
    }
    if (signals.size() != SIGNALS) {
      return Verdict.refused(Refusal.MALFORMED, SIGNALS + " public signals are expected");
    }
    Optional<BatchHeader> ours = headers.apply(n);
    if (ours.isEmpty()) {
      return Verdict.unknown(n);
    }
    BatchHeader h = ours.get();
    List<BigInteger> expected =
        List.of(
            h.oldRoot().value().toBigInteger(),
            h.newRoot().value().toBigInteger(),
            h.commitment().value().toBigInteger(),
            h.l1OpsCommitment().value().toBigInteger());
    for (int i = 0; i < SIGNALS; i++) {
      BigInteger got = decimal(signals.get(i));
      if (got == null) {
        return Verdict.refused(Refusal.MALFORMED, "public signal " + i + " is not a decimal");
      }
      if (!got.equals(expected.get(i))) {
        return Verdict.refused(
            Refusal.SIGNALS_MISMATCH, "public signal " + i + " is not batch " + n + "'s");
      }
    }
    return new Verdict(n, null, null, "ok");
  }

  private static BigInteger decimal(JsonNode v) {
    String t = v != null && v.isTextual() ? v.textValue() : "";
    if (t.isEmpty()
        || t.length() > MAX_SIGNAL_DIGITS
        || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return new BigInteger(t);
  }

  static BatchNumber batchNumber(JsonNode v) {
    try {
      if (v != null && v.isTextual()) {
        return BatchNumber.parse(v.textValue());
      }
      if (v != null && v.canConvertToLong()) {
        return BatchNumber.of(v.longValue());
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }
}
