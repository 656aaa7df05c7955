package io.validium.dac.node;

import io.validium.core.merkle.MerkleProof;
import io.validium.core.state.Account;
import io.validium.core.types.AccountId;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import java.util.Map;
import java.util.Optional;

/**
 * An account slot as of one batch, with the proofs a user needs to exit: the slot's path to the
 * state root, and each non-zero balance's path to the account's balance root.
 */
public record AccountView(
    AccountId id,
    BatchNumber batch,
    StateRoot root,
    Optional<Account> account,
    MerkleProof accountProof,
    Map<TokenId, MerkleProof> balanceProofs) {}
