package io.validium.sequencer.engine;

import io.validium.sequencer.log.AcceptedLog;
import io.validium.sequencer.log.LogCodec;
import io.validium.sequencer.log.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * An in-memory log for unit tests of the sequencer's logic only (the Kafka log is tested against a
 * real broker). Records pass through the binary codec, and appends can be made to fail.
 */
final class MemoryLog implements AcceptedLog {
  final List<byte[]> records = new ArrayList<>();
  boolean failAppends;

  @Override
  public synchronized long replay(Consumer<LogEntry> sink) {
    records.forEach(r -> sink.accept(LogCodec.decode(r)));
    return records.size();
  }

  @Override
  public synchronized CompletableFuture<Void> append(LogEntry entry) {
    if (failAppends) {
      return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
    }
    records.add(LogCodec.encode(entry));
    return CompletableFuture.completedFuture(null);
  }
}
