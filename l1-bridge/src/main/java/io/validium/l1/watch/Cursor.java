package io.validium.l1.watch;

/**
 * How far the watcher has relayed: every log up to and including {@code lastBlock} (whose hash was
 * {@code lastHash} when it was read) is on Kafka, as are deposits below {@code nextDeposit} and
 * finalizations below {@code nextFinalized}. The counters make a rescan after a reorg harmless.
 */
public record Cursor(long lastBlock, String lastHash, long nextDeposit, long nextFinalized) {

  public Cursor {
    if (lastBlock < -1 || nextDeposit < 0 || nextFinalized < 0) {
      throw new IllegalArgumentException("bad cursor " + lastBlock + "/" + nextDeposit);
    }
    if (lastHash == null || !(lastHash.isEmpty() || lastHash.matches("0x[0-9a-f]{64}"))) {
      throw new IllegalArgumentException("bad block hash in cursor: " + lastHash);
    }
  }

  /** Nothing relayed yet: scanning starts at {@code firstBlock}. */
  public static Cursor start(long firstBlock) {
    return new Cursor(firstBlock - 1, "", 0, 0);
  }

  /** Whether {@link #lastHash} is known (false before the first scanned range). */
  public boolean hasHash() {
    return !lastHash.isEmpty();
  }

  public Cursor withBlock(long block, String hash) {
    return new Cursor(block, hash, nextDeposit, nextFinalized);
  }

  public Cursor withCounters(long deposits, long finalized) {
    return new Cursor(lastBlock, lastHash, deposits, finalized);
  }
}
