package io.validium.core.tx;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.Objects;

/**
 * A withdrawal the account's key requested on L1 (docs/protocol.md section 17), relayed from the
 * priority queue like a deposit: it pays {@code min(amount, balance)} to {@code recipient} and is
 * never rejected for the balance. Not signed on L2: the L1 contract checked the key's signature.
 *
 * @param index its position in the L1 priority queue, shared with deposits
 * @param amount the most it may pay
 */
public record ForcedWithdrawal(
    Domain domain,
    DepositIndex index,
    AccountId account,
    TokenId token,
    Amount amount,
    Address recipient)
    implements Transaction {

  public ForcedWithdrawal {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(recipient, "recipient");
  }

  /**
   * The message the account's key signs to request a forced withdrawal on L1 (protocol.md 17.1):
   * {@code H(domainHash, 5 + 2^8 account + 2^32 token + 2^48 requestNonce, amount, recipient)},
   * where {@code requestNonce} is the contract's {@code forcedWithdrawalNonce(account)}, not the L2
   * nonce.
   */
  public static Fr requestMessage(
      Domain domain,
      AccountId account,
      TokenId token,
      Amount amount,
      Address recipient,
      Nonce requestNonce) {
    return Poseidon.hash(
        domain.hash(),
        Header.pack(TxType.FORCED_WITHDRAWAL, account, token, requestNonce),
        Fr.fromBigInteger(amount.toBigInteger()),
        Fr.fromBigInteger(recipient.toBigInteger()));
  }

  /**
   * {@code H(domainHash, header, amount, recipient, 0, index)}, the priority-chain leaf L1 computes
   * when the request is made.
   */
  public Fr forcedLeaf() {
    return Poseidon.hash(
        domain.hash(),
        Header.pack(TxType.FORCED_WITHDRAWAL, account, token, Nonce.ZERO),
        Fr.fromBigInteger(amount.toBigInteger()),
        Fr.fromBigInteger(recipient.toBigInteger()),
        Fr.ZERO,
        Fr.of(index.value()));
  }

  @Override
  public TxType type() {
    return TxType.FORCED_WITHDRAWAL;
  }

  @Override
  public Fr commitmentLeaf() {
    return forcedLeaf();
  }
}
