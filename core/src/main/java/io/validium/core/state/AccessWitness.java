package io.validium.core.state;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.util.Optional;

/**
 * One account-and-balance touch of a transaction, as the state stood just before it: what the
 * circuit needs to recompute the old and the new root along the same paths.
 *
 * @param accountBefore the account, or empty for a slot that a deposit is about to open
 * @param accountProof the slot's path in the state tree before the touch
 * @param balanceBefore the balance of {@code token} before the touch
 * @param balanceProof the token's path in the account's balance tree (the empty tree's for a new
 *     account)
 * @param rootBefore the state root before the touch
 * @param rootAfter the state root after it
 */
public record AccessWitness(
    AccountId account,
    Optional<Account> accountBefore,
    MerkleProof accountProof,
    TokenId token,
    Amount balanceBefore,
    MerkleProof balanceProof,
    Fr rootBefore,
    Fr rootAfter) {}
