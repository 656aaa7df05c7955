package io.validium.sequencer.engine;

import io.validium.core.types.BatchNumber;

/**
 * Where an accepted transaction sits: its place in the total order of accepted transactions, and
 * the batch and slot it belongs to (fixed at acceptance: batches close between transactions).
 */
public record Position(long sequence, BatchNumber batch, int indexInBatch) {}
