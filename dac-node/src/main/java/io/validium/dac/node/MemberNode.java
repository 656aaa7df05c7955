package io.validium.dac.node;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.da.Attestation;
import io.validium.core.da.AttestationGate;
import io.validium.core.da.AttestationSigner;
import io.validium.core.da.BatchStore;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.state.Account;
import io.validium.core.state.L2State;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.TokenId;
import io.validium.da.committee.EcdsaAttestationSigner;
import io.validium.da.committee.SignedEntry;
import io.validium.dac.store.NodeStorage;
import io.validium.dac.store.StoredBatchStore;
import io.validium.dac.store.StoredSigningLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.web3j.crypto.ECKeyPair;

/**
 * One committee member: its store, signing log, signer and state replica, behind the one entry
 * point every transport uses. Serialised: one batch is admitted at a time, in batch order.
 */
public final class MemberNode {
  private static final Logger LOG = Logger.getLogger(MemberNode.class.getName());
  private final Domain domain;
  private final int maxBatchBytes;
  private final StoredBatchStore store;
  private final StoredSigningLog log;
  private final EcdsaAttestationSigner signer;
  private final L2State replica;
  private final AttestationGate gate;
  private final History history;
  private final MeterRegistry metrics;
  private final Timer storeLatency;
  private final Timer signLatency;
  private final long recoveryNanos;
  private final long recoveredBatches;
  private long latestSeen = -1;

  /** Opens the node on {@code storage}, replaying the signing log to rebuild the replica. */
  public MemberNode(
      Domain domain,
      int balanceDepth,
      int maxBatchBytes,
      NodeStorage storage,
      ECKeyPair key,
      MeterRegistry metrics) {
    this.domain = domain;
    this.maxBatchBytes = maxBatchBytes;
    this.metrics = metrics;
    this.store = new StoredBatchStore(storage);
    this.log = new StoredSigningLog(storage);
    this.signer = new EcdsaAttestationSigner(domain, key, log);
    this.replica = new L2State(domain, balanceDepth);
    long started = System.nanoTime();
    long replayed = 0;
    for (SignedEntry e : log.inOrder()) {
      Replay.apply(replica, e, store);
      replayed++;
    }
    // A start's cost grows with the chain (docs/dac-operations.md): operators watch it against
    // the startup probe.
    this.recoveryNanos = System.nanoTime() - started;
    this.recoveredBatches = replayed;
    LOG.info("replayed " + replayed + " signed batches in " + recoveryNanos / 1_000_000 + " ms");
    this.history = new History(domain, balanceDepth, log, store);
    this.storeLatency = Timer.builder("dac.store.latency").register(metrics);
    this.signLatency = Timer.builder("dac.sign.latency").register(metrics);
    this.gate = new AttestationGate(replica, timedStore(), timedSigner());
    log.latest().ifPresent(n -> latestSeen = n.value());
    metrics.gauge("dac.lag", this, n -> n.lag());
    TimeGauge.builder("dac.recovery", this, TimeUnit.NANOSECONDS, n -> n.recoveryNanos)
        .description("how long this process's start took to replay the signing log")
        .register(metrics);
    Gauge.builder("dac.recovery.batches", this, n -> n.recoveredBatches)
        .description("signed batches this process's start replayed")
        .register(metrics);
  }

  /** Validates, stores, re-executes and signs one offered batch, or refuses it with a reason. */
  public synchronized IngestResult ingest(byte[] headerBytes, byte[] dataBytes) {
    IngestResult r = admit(headerBytes, dataBytes);
    if (r.isAttested()) {
      Counter.builder("dac.attestations").register(metrics).increment();
    } else {
      Counter.builder("dac.refusals")
          .tag("reason", r.refusal().name())
          .register(metrics)
          .increment();
    }
    return r;
  }

  private IngestResult admit(byte[] headerBytes, byte[] dataBytes) {
    Optional<BatchNumber> none = Optional.empty();
    if (dataBytes.length > maxBatchBytes) {
      return IngestResult.refused(
          none, IngestRefusal.TOO_LARGE, dataBytes.length + " bytes, at most " + maxBatchBytes);
    }
    Decoded<BatchHeader> h = BatchCodec.decodeHeader(headerBytes);
    if (!h.isOk()) {
      return IngestResult.refused(none, IngestRefusal.MALFORMED_HEADER, h.error().toString());
    }
    BatchHeader header = h.value();
    Optional<BatchNumber> number = Optional.of(header.number());
    latestSeen = Math.max(latestSeen, header.number().value());
    Decoded<BatchData> d = BatchCodec.decodeData(dataBytes);
    if (!d.isOk()) {
      return IngestResult.refused(number, IngestRefusal.MALFORMED_DATA, d.error().toString());
    }
    BatchData data = d.value();
    if (!data.domain().equals(domain)) {
      return IngestResult.refused(
          number,
          IngestRefusal.WRONG_DOMAIN,
          "the data is for " + data.domain() + ", not " + domain);
    }
    Optional<SignedEntry> logged = log.find(header.number());
    if (logged.isPresent()) {
      return redelivery(logged.get(), header, data);
    }
    BatchNumber expected = nextToSign();
    if (!header.number().equals(expected)) {
      return IngestResult.refused(
          number,
          IngestRefusal.OUT_OF_SEQUENCE,
          "batch " + header.number() + " offered, the next to attest is " + expected);
    }
    AttestationGate.Outcome o = gate.admit(header, data);
    if (!o.isAttested()) {
      return IngestResult.refused(number, IngestRefusal.of(o.refusal()), o.detail());
    }
    return IngestResult.attested(o.attestation(), false);
  }

  private IngestResult redelivery(SignedEntry logged, BatchHeader header, BatchData data) {
    Optional<BatchNumber> number = Optional.of(header.number());
    if (!logged.header().equals(header)) {
      return IngestResult.refused(
          number,
          IngestRefusal.CONFLICTING_HEADER_ALREADY_SIGNED,
          "batch " + header.number() + " was signed with another header");
    }
    if (!data.commitment().equals(header.commitment())) {
      return IngestResult.refused(
          number, IngestRefusal.COMMITMENT_MISMATCH, "data commits to " + data.commitment());
    }
    AttestationSigner.SignResult again = signer.sign(header);
    return IngestResult.attested(again.attestation(), true);
  }

  /** The batch number this member signs next. */
  public BatchNumber nextToSign() {
    return log.latest().map(BatchNumber::next).orElse(BatchNumber.FIRST);
  }

  /** The largest batch data this member accepts, in bytes. */
  public int maxBatchBytes() {
    return maxBatchBytes;
  }

  /** The encoded data of a stored batch. */
  public Optional<byte[]> batchData(BatchNumber n) {
    return store.load(n).map(BatchCodec::encodeData);
  }

  public Optional<byte[]> batchData(BatchCommitment c) {
    return store.loadByCommitment(c).map(BatchCodec::encodeData);
  }

  /** The attestation this member signed for a batch. */
  public Optional<Attestation> attestation(BatchNumber n) {
    return signer.attestation(n);
  }

  /**
   * An account as of batch {@code at} (the latest signed when empty); empty when that batch has not
   * been signed by this member.
   */
  public Optional<AccountView> account(AccountId id, Optional<BatchNumber> at) {
    synchronized (this) {
      Optional<BatchNumber> latest = log.latest();
      if (latest.isEmpty()) {
        return Optional.empty();
      }
      BatchNumber batch = at.orElse(latest.get());
      if (batch.compareTo(latest.get()) > 0) {
        return Optional.empty();
      }
      if (batch.equals(latest.get())) {
        return Optional.of(view(replica, id, batch));
      }
    }
    // An old batch replays on the history replica, outside the node's lock: ingestion goes on.
    BatchNumber batch = at.orElseThrow();
    synchronized (history) {
      return Optional.of(view(history.at(batch), id, batch));
    }
  }

  private static AccountView view(L2State state, AccountId id, BatchNumber batch) {
    Optional<Account> account = state.account(id);
    Map<TokenId, MerkleProof> balanceProofs = new LinkedHashMap<>();
    account.ifPresent(
        a ->
            a.balances()
                .tokensWithBalance()
                .forEach(t -> balanceProofs.put(t, a.balances().proof(t))));
    return new AccountView(id, batch, state.root(), account, state.proof(id), balanceProofs);
  }

  public synchronized NodeStatus status() {
    return new NodeStatus(
        signer.address(),
        store.latest(),
        log.latest(),
        latestSeen < 0 ? Optional.empty() : Optional.of(BatchNumber.of(latestSeen)),
        lag(),
        replica.root());
  }

  public Address member() {
    return signer.address();
  }

  public Domain domain() {
    return domain;
  }

  private synchronized long lag() {
    long signed = log.latest().map(BatchNumber::value).orElse(-1L);
    return Math.max(0, latestSeen - signed);
  }

  private BatchStore timedStore() {
    return new BatchStore() {
      @Override
      public void storeDurably(BatchData data) {
        storeLatency.record(() -> store.storeDurably(data));
      }

      @Override
      public Optional<BatchData> load(BatchNumber number) {
        return store.load(number);
      }

      @Override
      public Optional<BatchData> loadByCommitment(BatchCommitment commitment) {
        return store.loadByCommitment(commitment);
      }
    };
  }

  private AttestationSigner timedSigner() {
    return new AttestationSigner() {
      @Override
      public byte[] signer() {
        return signer.signer();
      }

      @Override
      public SignResult sign(BatchHeader header) {
        return signLatency.record(() -> signer.sign(header));
      }
    };
  }
}
