package io.validium.l1.submit;

import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import io.validium.l1.eth.EthClient;
import io.validium.l1.eth.Fees;
import io.validium.l1.eth.RpcException;
import io.validium.l1.events.EventJson;
import io.validium.l1.watch.EventSink;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Submits batch {@code nextBatchNumber} once its proof and certificate are there: checks the proof
 * with the deployed verifier, dry-runs the call (a refusal is final: {@code batchFailed}), sends
 * it, publishes {@code batchSubmitted}, and replaces it with at least 12.5% higher fees, same
 * nonce, while it is not mined. The contract's own counter, read before every send, keeps it from
 * submitting a batch twice; {@code batchFinalized} comes from the watcher, which sees the event.
 */
public final class BatchSubmitter {

  private static final Logger LOG = Logger.getLogger(BatchSubmitter.class);
  private static final byte[] NEXT_BATCH_NUMBER = selector("nextBatchNumber()");
  private static final byte[] PROCESSED_DEPOSITS = selector("processedDeposits()");

  /** One submission on its way: every hash sent with its nonce, the latest fees. */
  private record InFlight(
      long batch,
      BigInteger nonce,
      byte[] data,
      long gas,
      Fees fees,
      List<String> hashes,
      long sentAtNanos,
      long readyAtNanos) {}

  private final EthClient eth;
  private final Credentials key;
  private final long chainId;
  private final Address validium;
  private final Address proofVerifier;
  private final PendingBatches pending;
  private final EventSink events;
  private final Duration resubmitAfter;
  private final SubmitListener listener;
  private final Map<Long, String> failed = new HashMap<>();
  private final Set<Long> announced = new HashSet<>();
  private final Map<Long, Long> readySince = new HashMap<>();
  private InFlight inFlight;

  public BatchSubmitter(
      EthClient eth,
      Credentials key,
      long chainId,
      Address validium,
      Address proofVerifier,
      PendingBatches pending,
      EventSink events,
      Duration resubmitAfter,
      SubmitListener listener) {
    this.eth = eth;
    this.key = key;
    this.chainId = chainId;
    this.validium = validium;
    this.proofVerifier = proofVerifier;
    this.pending = pending;
    this.events = events;
    this.resubmitAfter = resubmitAfter;
    this.listener = listener;
  }

  /** The submitting account. */
  public Address account() {
    return Address.parse(key.getAddress());
  }

  /** One round; returns whether something happened (the caller polls again at once). */
  public synchronized boolean step() {
    long next = word(validium, NEXT_BATCH_NUMBER).longValueExact();
    pending.finalizedBelow(next);
    listener.finalizedBelow(next);
    readySince.keySet().removeIf(k -> k < next);
    if (inFlight != null) {
      return follow(next);
    }
    if (failed.containsKey(next)) {
      return false;
    }
    Optional<Submission> ready = pending.ready(next);
    if (ready.isEmpty()) {
      return false;
    }
    long readyAt = readySince.computeIfAbsent(next, k -> System.nanoTime());
    Submission s = ready.get();
    if (word(proofVerifier, SubmitBatchCall.verifyProof(s.proof(), s.header())).signum() == 0) {
      LOG.warnf(
          "the proof on record for batch %d does not verify on L1; waiting for another", next);
      pending.dropProof(next);
      return false;
    }
    long processed = word(validium, PROCESSED_DEPOSITS).longValueExact();
    if (processed + s.priorityEntries() != s.depositCountAfter()) {
      // Only a batch without queue entries can get here (PendingBatches checks the others): its
      // count is the prover's word alone, and L1 would refuse it as L1OpsMismatch for good.
      LOG.errorf(
          "the proof record of batch %d gives depositCountAfter %d, but L1 has processed %d queue"
              + " entries and the batch consumes %d; not sent, waiting for another proof",
          next, s.depositCountAfter(), processed, s.priorityEntries());
      pending.dropProof(next);
      return false;
    }
    byte[] data = SubmitBatchCall.encode(s);
    long estimate;
    try {
      estimate = eth.estimateGas(account(), Optional.of(validium), data);
    } catch (RpcException e) {
      if (e.unreachable()) {
        throw e;
      }
      refused(next, e);
      return true;
    }
    BigInteger nonce = eth.latestNonce(account());
    send(next, nonce, data, estimate + estimate / 4, eth.currentFees(), List.of(), readyAt);
    return true;
  }

  private boolean follow(long next) {
    InFlight f = inFlight;
    for (String hash : f.hashes()) {
      Optional<TransactionReceipt> r = eth.receipt(hash);
      if (r.isPresent()) {
        inFlight = null;
        TransactionReceipt receipt = r.get();
        if (receipt.isStatusOK()) {
          Duration latency = Duration.ofNanos(System.nanoTime() - f.readyAtNanos());
          LOG.infof(
              "batch %d accepted on L1 in block %s, %s gas",
              f.batch(), receipt.getBlockNumber(), receipt.getGasUsed());
          listener.mined(f.batch(), receipt.getGasUsed().longValueExact(), latency);
        } else if (next == f.batch()) {
          LOG.warnf("the submission of batch %d reverted (%s); trying again", f.batch(), hash);
        }
        return true;
      }
    }
    if (next > f.batch()) {
      // Another transaction (a replacement we lost track of, or another submitter) did it.
      inFlight = null;
      return true;
    }
    if (System.nanoTime() - f.sentAtNanos() < resubmitAfter.toNanos()) {
      return false;
    }
    Fees bumped = f.fees().bumped(eth.currentFees());
    LOG.infof(
        "batch %d not mined after %s; replacing with max fee %s wei",
        f.batch(), resubmitAfter, bumped.maxFeePerGas());
    send(f.batch(), f.nonce(), f.data(), f.gas(), bumped, f.hashes(), f.readyAtNanos());
    return true;
  }

  private void send(
      long batch,
      BigInteger nonce,
      byte[] data,
      long gas,
      Fees fees,
      List<String> earlier,
      long readyAt) {
    Fees current = fees;
    for (int attempt = 0; ; attempt++) {
      try {
        String hash =
            eth.sendTransaction(key, chainId, nonce, Optional.of(validium), data, gas, current);
        List<String> hashes = new ArrayList<>(earlier);
        hashes.add(hash);
        inFlight =
            new InFlight(batch, nonce, data, gas, current, hashes, System.nanoTime(), readyAt);
        LOG.infof("batch %d submitted: %s (nonce %s)", batch, hash, nonce);
        if (announced.add(batch)) {
          events.publish(List.of(EventJson.batchSubmitted(BatchNumber.of(batch))));
        }
        return;
      } catch (RpcException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase();
        boolean underpriced =
            m.contains("underpriced") || m.contains("already known") || m.contains("too low");
        if (e.unreachable() || !underpriced || attempt >= 8) {
          throw e;
        }
        // A transaction of ours with this nonce is pending (from before a restart): outbid it.
        current = current.bumped(current);
      }
    }
  }

  private void refused(long n, RpcException e) {
    String reason =
        ContractErrors.name(e.data().orElse(null))
            .or(() -> ContractErrors.nameIn(e.getMessage()))
            .orElse("REVERTED: " + e.getMessage());
    if (ContractErrors.WRONG_BATCH_NUMBER.equals(reason)) {
      return; // someone else's submission got there between our read and the dry run
    }
    LOG.errorf("L1 refuses batch %d: %s", n, reason);
    failed.put(n, reason);
    events.publish(List.of(EventJson.batchFailed(BatchNumber.of(n), reason)));
  }

  private BigInteger word(Address to, byte[] call) {
    byte[] out = eth.call(to, call);
    if (out.length < 32) {
      throw new IllegalStateException("the call to " + to + " returned " + out.length + " bytes");
    }
    return new BigInteger(1, java.util.Arrays.copyOf(out, 32));
  }

  private static byte[] selector(String signature) {
    return java.util.Arrays.copyOf(
        io.validium.core.crypto.Keccak256.hash(
            signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        4);
  }
}
