package io.validium.sequencer.engine;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A closed batch: its data and header, fixed forever, and how far it has come since. Guarded by the
 * sequencer's lock like the rest of the {@link Ledger}, except the header, which is hashed on first
 * use by whichever thread asks (the sequencer asks off its lock, docs/adr/0049).
 */
public final class SealedBatch {
  private final BatchData data;
  private final StateRoot oldRoot;
  private final StateRoot newRoot;
  private final L1OpsCommitment l1Ops;
  private volatile BatchHeader header;
  private final List<TxHash> hashes;
  private final List<Transition> history = new ArrayList<>();
  private final Set<String> attesters = new TreeSet<>();
  private BatchStatus status = BatchStatus.SEQUENCED;
  private boolean published;
  private String failure;

  SealedBatch(
      BatchData data,
      StateRoot oldRoot,
      StateRoot newRoot,
      L1OpsCommitment l1Ops,
      List<TxHash> hashes,
      Instant sealedAt) {
    this.data = data;
    this.oldRoot = oldRoot;
    this.newRoot = newRoot;
    this.l1Ops = l1Ops;
    this.hashes = List.copyOf(hashes);
    history.add(new Transition(BatchStatus.SEQUENCED, sealedAt, null));
  }

  public BatchNumber number() {
    return data.number();
  }

  public BatchData data() {
    return data;
  }

  /** The state root after this batch, known when it closed. */
  public StateRoot newRoot() {
    return newRoot;
  }

  /**
   * The header. The first call hashes the batch commitment, one Poseidon per transaction (about 30
   * ms for 1,024), so the sequencer makes that call on its header thread, never under its lock.
   */
  public BatchHeader header() {
    BatchHeader h = header;
    if (h == null) {
      synchronized (this) {
        h = header;
        if (h == null) {
          h = new BatchHeader(data.number(), oldRoot, newRoot, data.commitment(), l1Ops);
          header = h;
        }
      }
    }
    return h;
  }

  /** Whether {@link #header()} is hashed already, so that asking for it costs nothing. */
  public boolean hasHeader() {
    return header != null;
  }

  public List<TxHash> hashes() {
    return hashes;
  }

  public BatchStatus status() {
    return status;
  }

  public List<Transition> history() {
    return List.copyOf(history);
  }

  /** Whether the batch topic has acknowledged this batch's data. */
  public boolean isPublished() {
    return published;
  }

  void markPublished() {
    published = true;
  }

  public int attestationCount() {
    return attesters.size();
  }

  /** The L1 reason when {@link #status()} is FAILED. */
  public String failure() {
    return failure;
  }

  /** Records an attestation's member; true when this one brought the count to the threshold. */
  boolean attest(String member, int threshold) {
    if (!attesters.add(member)) {
      return false;
    }
    return attesters.size() >= threshold && advance(BatchStatus.AVAILABLE, Instant.now(), null);
  }

  /** Moves forward (never back); a late event for an earlier state is ignored. */
  boolean advance(BatchStatus next, Instant at, String detail) {
    if (status == BatchStatus.FINALIZED || status == BatchStatus.FAILED) {
      return false;
    }
    if (next != BatchStatus.FAILED && next.ordinal() <= status.ordinal()) {
      return false;
    }
    status = next;
    if (next == BatchStatus.FAILED) {
      failure = detail;
    }
    history.add(new Transition(next, at, detail));
    return true;
  }

  /** One step of the lifecycle. */
  public record Transition(BatchStatus status, Instant at, String detail) {}
}
