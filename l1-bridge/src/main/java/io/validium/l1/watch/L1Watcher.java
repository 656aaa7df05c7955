package io.validium.l1.watch;

import io.validium.core.types.Address;
import io.validium.l1.eth.EthClient;
import io.validium.l1.events.EventDecoder;
import io.validium.l1.events.EventJson;
import io.validium.l1.events.L1Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Relays the Validium contract's deposits and finalizations to Kafka, {@code confirmations} blocks
 * behind the head. A range's events go out, and are acknowledged, before the cursor moves past it
 * (ADR 0024); after a reorg it rescans from a safe depth, and the deposit index and batch number
 * counters of the cursor drop what is already relayed, so nothing goes out twice or is skipped.
 */
public final class L1Watcher {

  private static final Logger LOG = Logger.getLogger(L1Watcher.class);

  /** Settings of one watcher. */
  public record Settings(
      Address validium, long deployedAtBlock, int confirmations, int maxRange, int rewindDepth) {
    public Settings {
      if (confirmations < 0 || maxRange < 1 || rewindDepth < 1 || deployedAtBlock < 0) {
        throw new IllegalArgumentException("bad watcher settings");
      }
    }
  }

  private final EthClient eth;
  private final Settings settings;
  private final CursorStore store;
  private final EventSink sink;
  private final EventDecoder decoder;
  private final WatchListener listener;
  private Cursor cursor;

  /**
   * A watcher resuming from the stored cursor; {@code relayed} is what the events topic already
   * holds (deposits and finalizations relayed before a crash that lost the cursor's last write).
   */
  public L1Watcher(
      EthClient eth,
      Settings settings,
      CursorStore store,
      EventSink sink,
      EventDecoder decoder,
      WatchListener listener,
      Cursor relayed) {
    this.eth = eth;
    this.settings = settings;
    this.store = store;
    this.sink = sink;
    this.decoder = decoder;
    this.listener = listener;
    Cursor c = store.load().orElse(Cursor.start(settings.deployedAtBlock()));
    this.cursor =
        c.withCounters(
            Math.max(c.nextDeposit(), relayed.nextDeposit()),
            Math.max(c.nextFinalized(), relayed.nextFinalized()));
  }

  public synchronized Cursor cursor() {
    return cursor;
  }

  /**
   * Scans the next range, if a confirmed one exists; returns whether it moved, so the caller can
   * poll again at once. Throws (RpcException, a broker failure) without moving the cursor.
   */
  public synchronized boolean step() {
    long head = eth.blockNumber();
    if (cursor.hasHash() && !canonical(cursor.lastBlock(), cursor.lastHash())) {
      rewind(head);
      return true;
    }
    long safe = head - settings.confirmations();
    listener.polled(head, cursor.lastBlock());
    if (safe <= cursor.lastBlock()) {
      return false;
    }
    long from = cursor.lastBlock() + 1;
    long to = Math.min(safe, cursor.lastBlock() + settings.maxRange());
    String before = hash(to);
    List<Log> logs = eth.logs(settings.validium(), from, to);
    // Logs served from a chain that reorganised during the call are not trusted.
    if (!before.equals(hash(to))) {
      return true;
    }
    long deposits = cursor.nextDeposit();
    long finalized = cursor.nextFinalized();
    List<String> values = new ArrayList<>();
    int depositCount = 0;
    int finalizedCount = 0;
    for (Log log : logs) {
      if (log.getBlockHash() != null
          && log.getBlockNumber() != null
          && log.getBlockNumber().longValueExact() == to
          && !before.equalsIgnoreCase(log.getBlockHash())) {
        return true;
      }
      EventDecoder.Result r = decoder.decode(log);
      if (r instanceof EventDecoder.Result.Malformed m) {
        // Never skipped: the range is retried, and the operator sees the log and the counter.
        LOG.errorf(
            "malformed Validium log in block %s (tx %s): %s; not moving past it",
            log.getBlockNumber(), log.getTransactionHash(), m.reason());
        listener.malformed(m.reason());
        return false;
      }
      if (!(r instanceof EventDecoder.Result.Decoded d)) {
        continue;
      }
      if (d.event() instanceof L1Event.DepositQueued
          || d.event() instanceof L1Event.ForcedWithdrawalQueued) {
        // Deposits and forced withdrawals number one queue (protocol.md 17).
        long i = queueIndex(d.event());
        if (i < deposits) {
          continue;
        }
        if (i > deposits) {
          LOG.errorf("queue entry %d appears before entry %d; rescanning", i, deposits);
          listener.malformed("deposit gap");
          return false;
        }
        values.add(
            d.event() instanceof L1Event.DepositQueued dq
                ? EventJson.deposit(dq.deposit())
                : EventJson.forcedWithdrawal(
                    ((L1Event.ForcedWithdrawalQueued) d.event()).withdrawal()));
        deposits++;
        depositCount++;
      } else if (d.event() instanceof L1Event.BatchFinalized bf) {
        long n = bf.batch().value();
        if (n < finalized) {
          continue;
        }
        if (n > finalized) {
          LOG.errorf("batch %d finalized before batch %d; rescanning", n, finalized);
          listener.malformed("finalization gap");
          return false;
        }
        values.add(EventJson.batchFinalized(bf.batch()));
        finalized++;
        finalizedCount++;
      }
    }
    if (!values.isEmpty()) {
      sink.publish(values);
    }
    cursor = new Cursor(to, before, deposits, finalized);
    store.save(cursor);
    if (depositCount > 0) {
      listener.relayed("deposit", depositCount);
    }
    if (finalizedCount > 0) {
      listener.relayed("batchFinalized", finalizedCount);
    }
    listener.polled(head, cursor.lastBlock());
    return true;
  }

  private static long queueIndex(L1Event e) {
    return e instanceof L1Event.DepositQueued dq
        ? dq.deposit().index().value()
        : ((L1Event.ForcedWithdrawalQueued) e).withdrawal().index().value();
  }

  private void rewind(long head) {
    long target =
        Math.max(settings.deployedAtBlock() - 1, cursor.lastBlock() - settings.rewindDepth());
    target = Math.min(target, head);
    LOG.warnf(
        "block %d is no longer %s on the chain: reorg, rescanning from block %d",
        cursor.lastBlock(), cursor.lastHash(), target + 1);
    listener.reorg(cursor.lastBlock());
    String hash = target >= settings.deployedAtBlock() ? hash(target) : "";
    cursor = cursor.withBlock(target, hash);
    store.save(cursor);
  }

  private boolean canonical(long block, String hash) {
    Optional<EthBlock.Block> b = eth.block(block);
    return b.isPresent() && hash.equalsIgnoreCase(b.get().getHash());
  }

  private String hash(long block) {
    return eth.block(block)
        .map(b -> b.getHash().toLowerCase())
        .orElseThrow(() -> new IllegalStateException("block " + block + " vanished"));
  }
}
