package io.validium.dac.node;

import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.StateRoot;
import java.util.Optional;

/**
 * The node at a glance: what it stored, signed and saw, and the root of its replica.
 *
 * @param lag how many batches the node has seen announced beyond the last one it signed
 */
public record NodeStatus(
    Address member,
    Optional<BatchNumber> latestStored,
    Optional<BatchNumber> latestSigned,
    Optional<BatchNumber> latestSeen,
    long lag,
    StateRoot replicaRoot) {}
