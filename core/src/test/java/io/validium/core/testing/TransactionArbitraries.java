package io.validium.core.testing;

import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for every protocol value, covering the edges of each range. */
public final class TransactionArbitraries {
  private static final TestWorld KEYS = new TestWorld(4, 1);

  private TransactionArbitraries() {}

  public static Arbitrary<Fr> fieldElements() {
    return Arbitraries.oneOf(
        Arbitraries.of(Fr.ZERO, Fr.ONE, Fr.ZERO.sub(Fr.ONE)),
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, Fr.MODULUS.subtract(BigInteger.ONE))
            .map(Fr::fromBigInteger));
  }

  public static Arbitrary<Domain> domains() {
    return Combinators.combine(
            Arbitraries.longs().between(1, Long.MAX_VALUE).map(ChainId::of), addresses())
        .as(Domain::new);
  }

  public static Arbitrary<Address> addresses() {
    return Arbitraries.bytes().array(byte[].class).ofSize(Address.BYTES).map(Address::wrap);
  }

  public static Arbitrary<AccountId> accounts() {
    return Arbitraries.integers().between(0, AccountId.LIMIT - 1).map(AccountId::of);
  }

  public static Arbitrary<TokenId> tokens() {
    return Arbitraries.integers().between(0, TokenId.LIMIT - 1).map(TokenId::of);
  }

  public static Arbitrary<Amount> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.of(Amount.ZERO, Amount.MAX),
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, Amount.MAX.toBigInteger())
            .map(Amount::of));
  }

  public static Arbitrary<Nonce> nonces() {
    return Arbitraries.longs().between(0, Nonce.MAX).map(Nonce::of);
  }

  public static Arbitrary<EdDsaSignature> signatures() {
    return Combinators.combine(fieldElements(), fieldElements(), fieldElements())
        .as((x, y, sc) -> new EdDsaSignature(x, y, sc.toBigInteger()));
  }

  public static Arbitrary<Transfer> transfers(Arbitrary<Domain> domain) {
    return Combinators.combine(
            domain, accounts(), accounts(), tokens(), amounts(), nonces(), signatures())
        .as(Transfer::new);
  }

  public static Arbitrary<Withdrawal> withdrawals(Arbitrary<Domain> domain) {
    return Combinators.combine(
            domain, accounts(), tokens(), amounts(), nonces(), addresses(), signatures())
        .as(Withdrawal::new);
  }

  public static Arbitrary<Deposit> deposits(Arbitrary<Domain> domain) {
    return Combinators.combine(
            domain,
            Arbitraries.longs().between(0, Long.MAX_VALUE).map(DepositIndex::of),
            accounts(),
            Arbitraries.integers().between(0, 3).map(KEYS::publicKey),
            tokens(),
            amounts())
        .as(Deposit::new);
  }

  public static Arbitrary<ForcedWithdrawal> forcedWithdrawals(Arbitrary<Domain> domain) {
    return Combinators.combine(
            domain,
            Arbitraries.longs().between(0, Long.MAX_VALUE).map(DepositIndex::of),
            accounts(),
            tokens(),
            amounts(),
            addresses())
        .as(ForcedWithdrawal::new);
  }

  public static Arbitrary<Transaction> transactions(Arbitrary<Domain> domain) {
    return Arbitraries.oneOf(
        transfers(domain), withdrawals(domain), deposits(domain), forcedWithdrawals(domain));
  }
}
