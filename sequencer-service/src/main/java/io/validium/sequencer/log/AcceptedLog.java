package io.validium.sequencer.log;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The sequencer's durable, totally ordered log of decisions (docs/adr/0016). */
public interface AcceptedLog {

  /** Feeds every record written so far to {@code sink}, in order; returns how many. */
  long replay(Consumer<LogEntry> sink);

  /** Appends in call order; completes once the record survives a crash of this process. */
  CompletableFuture<Void> append(LogEntry entry);
}
