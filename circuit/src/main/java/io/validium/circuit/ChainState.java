package io.validium.circuit;

import io.validium.zk.r1cs.LinearCombination;

/**
 * What a slot carries forward to the next: the state root and the three Poseidon chains of
 * docs/protocol.md 8.2 and 8.3.
 *
 * @param root the state root
 * @param batchChain the batch commitment chain {@code c_k}
 * @param depositChain the global deposit chain {@code D}
 * @param withdrawalChain the batch's withdrawal chain {@code W}
 */
record ChainState(
    LinearCombination root,
    LinearCombination batchChain,
    LinearCombination depositChain,
    LinearCombination withdrawalChain) {}
