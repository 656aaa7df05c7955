package io.validium.sequencer.engine;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.state.SignatureCheck;
import io.validium.core.state.StateTransition;
import io.validium.core.state.TxOutcome;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sequencer's state machine, without I/O: the L2 state with every accepted transaction applied,
 * the open batch, the closed ones, and an index from transaction hash to position. Accepting a
 * transaction applies it at once (soft confirmation); a batch closes between two transactions, so a
 * transaction's batch is known when it is accepted. Replaying the log through the same methods
 * rebuilds the same ledger. Not thread-safe: the {@code Sequencer} serialises; only {@link #keyOf}
 * may be read without it.
 *
 * <p>Memory stays bounded: once a batch is more than {@code retainedFinalBatches} behind the
 * highest final one, its data and its transactions' index entries are dropped (docs/adr/0052).
 * Priority entries (deposits, forced withdrawals) stay indexed: L1 relays them again on every
 * start, and each must still be answered as a duplicate; L1 gas bounds how many there are.
 */
public final class Ledger {
  /** How many final batches a ledger keeps whole when not told otherwise. */
  public static final int DEFAULT_RETAINED_FINAL_BATCHES = 128;

  private final L2State state;
  private final int retainedFinalBatches;
  private final Map<TxHash, Position> positions = new HashMap<>();
  // What each forced withdrawal paid: only execution knows it (protocol.md 17.3), and replaying the
  // log re-executes it, so it is rebuilt with the state rather than logged.
  private final Map<TxHash, Amount> paid = new HashMap<>();
  // Each open account's key, readable without the lock: a key never changes once set.
  private final Map<AccountId, EdDsaPublicKey> keys = new ConcurrentHashMap<>();
  private final NavigableMap<Long, SealedBatch> sealed = new TreeMap<>();
  // The priority entries of pruned batches, by hash: their receipts still show them.
  private final Map<TxHash, Transaction> settled = new HashMap<>();
  private long nextSequence;
  private long lastFinalized = -1;
  // Batches numbered below this are final and pruned.
  private long prunedBelow;

  private BatchNumber openNumber = BatchNumber.FIRST;
  private final List<Transaction> openTxs = new ArrayList<>();
  private final List<TxHash> openHashes = new ArrayList<>();
  private StateRoot openOldRoot;
  private Fr openDepositsBefore;
  private Fr openWithdrawals = Fr.ZERO;
  private Instant openedAt;

  public Ledger(Domain domain, int balanceDepth) {
    this(domain, balanceDepth, DEFAULT_RETAINED_FINAL_BATCHES);
  }

  /** A ledger that keeps the last {@code retainedFinalBatches} final batches whole (at least 1). */
  public Ledger(Domain domain, int balanceDepth, int retainedFinalBatches) {
    if (retainedFinalBatches < 1) {
      throw new IllegalArgumentException(
          "at least the last final batch is retained, not " + retainedFinalBatches);
    }
    this.state = new L2State(domain, balanceDepth);
    this.retainedFinalBatches = retainedFinalBatches;
    resetOpenBatch();
  }

  public Domain domain() {
    return state.domain();
  }

  /** The state with every accepted transaction applied, open batch included. Read under lock. */
  public L2State state() {
    return state;
  }

  /** Applies {@code tx} if the state transition function allows it. */
  public Admission admit(Transaction tx, TxHash hash, Instant now) {
    return admit(tx, hash, now, SignatureCheck.DIRECT);
  }

  /**
   * Applies {@code tx} if the state transition function allows it, taking its signature's verdict
   * from {@code signatures}. No access witness is recorded: the sequencer needs roots, which are
   * hashed when a batch is sealed or a root is read.
   */
  public Admission admit(Transaction tx, TxHash hash, Instant now, SignatureCheck signatures) {
    Position known = positions.get(hash);
    if (known != null) {
      return new Admission.Duplicate(hash, known);
    }
    TxOutcome outcome = StateTransition.decide(state, tx, signatures);
    if (!outcome.isApplied()) {
      return new Admission.Rejected(hash, outcome.reason());
    }
    if (openTxs.isEmpty()) {
      openedAt = now;
    }
    Position p = new Position(nextSequence++, openNumber, openTxs.size());
    openTxs.add(tx);
    openHashes.add(hash);
    // W chains what the batch makes claimable: a withdrawal's amount, a forced one's paid amount.
    if (outcome.emitted().isPresent()) {
      openWithdrawals = Poseidon.hash(openWithdrawals, outcome.emitted().get().leaf());
      if (tx instanceof ForcedWithdrawal) {
        paid.put(hash, outcome.emitted().get().amount());
      }
    }
    positions.put(hash, p);
    if (tx instanceof Deposit d) {
      keys.putIfAbsent(d.account(), d.publicKey());
    }
    return new Admission.Accepted(hash, p);
  }

  /** What an accepted forced withdrawal paid ({@code min(amount, balance)}); empty for others. */
  public Optional<Amount> paid(TxHash hash) {
    return Optional.ofNullable(paid.get(hash));
  }

  /** The key of an open account, or null; safe without the lock. */
  public EdDsaPublicKey keyOf(AccountId account) {
    return keys.get(account);
  }

  public int openSize() {
    return openTxs.size();
  }

  public BatchNumber openNumber() {
    return openNumber;
  }

  /** When the open batch got its first transaction; empty while it has none. */
  public Optional<Instant> openedAt() {
    return openTxs.isEmpty() ? Optional.empty() : Optional.of(openedAt);
  }

  /**
   * Closes the open batch: its header is the one {@code BatchExecutor} would compute from the state
   * before the batch (protocol.md 8.2-8.4). The caller makes sure it is not empty.
   */
  public SealedBatch seal(Instant now) {
    if (openTxs.isEmpty()) {
      throw new IllegalStateException("batch " + openNumber + " is empty");
    }
    BatchData data = new BatchData(state.domain(), openNumber, openTxs);
    L1OpsCommitment l1Ops =
        L1OpsCommitment.of(
            Poseidon.hash(openDepositsBefore, state.depositChain(), openWithdrawals));
    // The commitment (a Poseidon per transaction) is left to SealedBatch.header(), off the lock.
    SealedBatch batch = new SealedBatch(data, openOldRoot, state.root(), l1Ops, openHashes, now);
    sealed.put(openNumber.value(), batch);
    openNumber = openNumber.next();
    resetOpenBatch();
    return batch;
  }

  public Optional<Position> position(TxHash hash) {
    return Optional.ofNullable(positions.get(hash));
  }

  /** The accepted transaction with this hash, in whichever batch holds it. */
  public Optional<Transaction> transaction(TxHash hash) {
    Position p = positions.get(hash);
    if (p == null) {
      return Optional.empty();
    }
    if (p.batch().equals(openNumber)) {
      return Optional.of(openTxs.get(p.indexInBatch()));
    }
    SealedBatch b = sealed.get(p.batch().value());
    return b != null
        ? Optional.of(b.data().transactions().get(p.indexInBatch()))
        : Optional.ofNullable(settled.get(hash));
  }

  /** Where a batch stands: empty while open or unknown; a pruned batch is final. */
  public Optional<BatchStatus> statusOf(BatchNumber number) {
    if (isPruned(number)) {
      return Optional.of(BatchStatus.FINALIZED);
    }
    return batch(number).map(SealedBatch::status);
  }

  /** Whether the batch is final and no longer kept whole. */
  public boolean isPruned(BatchNumber number) {
    return number.value() < prunedBelow;
  }

  /** How many final batches are kept whole behind the highest final one. */
  public int retainedFinalBatches() {
    return retainedFinalBatches;
  }

  /** Transactions whose hash the ledger can still answer for. */
  public int indexedCount() {
    return positions.size();
  }

  public Optional<SealedBatch> batch(BatchNumber number) {
    return Optional.ofNullable(sealed.get(number.value()));
  }

  /** Closed batches, in order. */
  public Iterable<SealedBatch> sealedBatches() {
    return sealed.values();
  }

  public long acceptedCount() {
    return nextSequence;
  }

  /**
   * Closed batches above the highest finalized one. A failed batch still counts: until the operator
   * deals with it, nothing after it can be final either.
   */
  public long unfinalizedCount() {
    return openNumber.value() - firstUnfinalized();
  }

  private long firstUnfinalized() {
    return Math.max(lastFinalized + 1, prunedBelow);
  }

  /**
   * The highest finalized batch; empty before any, and after a restart until the L1 events say
   * again which batch is final.
   */
  public Optional<SealedBatch> lastFinalized() {
    return lastFinalized < prunedBelow ? Optional.empty() : Optional.of(sealed.get(lastFinalized));
  }

  /** The new root of the highest closed batch, or the root before any batch. */
  public StateRoot lastSealedRoot() {
    return sealed.isEmpty() ? openOldRoot : sealed.lastEntry().getValue().newRoot();
  }

  public void markPublished(BatchNumber number) {
    if (isPruned(number)) {
      return;
    }
    SealedBatch b = sealed.get(number.value());
    if (b == null) {
      throw new IllegalStateException("batch " + number + " was never closed");
    }
    b.markPublished();
  }

  /** Moves a batch along its lifecycle; false for unknown batches and stale events. */
  public boolean advance(BatchNumber number, BatchStatus status, Instant at, String detail) {
    SealedBatch b = sealed.get(number.value());
    if (b == null || !b.advance(status, at, detail)) {
      return false;
    }
    if (status == BatchStatus.FINALIZED && number.value() > lastFinalized) {
      // L1 accepts roots in order: a final batch makes every earlier one final.
      for (long k = firstUnfinalized(); k < number.value(); k++) {
        sealed.get(k).advance(BatchStatus.FINALIZED, at, "final with batch " + number);
      }
      lastFinalized = number.value();
      pruneThrough(lastFinalized - retainedFinalBatches);
    }
    return true;
  }

  /**
   * Prunes as a {@code FINALIZED} event for {@code number} would, without changing any batch's
   * status: replaying the log, where the L1 events that tell each status have not been read yet.
   */
  public void finalizedThrough(BatchNumber number) {
    pruneThrough(number.value() - retainedFinalBatches);
  }

  private void pruneThrough(long last) {
    while (!sealed.isEmpty() && sealed.firstKey() <= last) {
      SealedBatch b = sealed.pollFirstEntry().getValue();
      List<Transaction> txs = b.data().transactions();
      for (int i = 0; i < txs.size(); i++) {
        Transaction tx = txs.get(i);
        TxHash hash = b.hashes().get(i);
        if (tx instanceof Deposit || tx instanceof ForcedWithdrawal) {
          settled.put(hash, tx);
        } else {
          positions.remove(hash);
        }
      }
      prunedBelow = b.number().value() + 1;
    }
  }

  public boolean attest(BatchNumber number, String member, int threshold) {
    SealedBatch b = sealed.get(number.value());
    return b != null && b.attest(member, threshold);
  }

  private void resetOpenBatch() {
    openTxs.clear();
    openHashes.clear();
    openOldRoot = state.root();
    openDepositsBefore = state.depositChain();
    openWithdrawals = Fr.ZERO;
    openedAt = null;
  }
}
