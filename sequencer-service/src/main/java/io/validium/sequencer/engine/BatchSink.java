package io.validium.sequencer.engine;

import java.util.concurrent.CompletionStage;

/** Where closed batches go (the batch topic); completes when the sink has the batch durably. */
public interface BatchSink {
  CompletionStage<Void> publish(SealedBatch batch);
}
