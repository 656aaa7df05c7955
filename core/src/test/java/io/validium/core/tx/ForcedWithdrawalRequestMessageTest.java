package io.validium.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The L1 request message of protocol.md 17.1, with the header written out as the contract does. */
class ForcedWithdrawalRequestMessageTest {
  private static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  private static final Address TO = Address.parse("0x00000000000000000000000000000000000000aa");

  @Property(tries = 40)
  void packsTypeFiveAccountTokenAndRequestNonceIntoDisjointBits(
      @ForAll @IntRange(min = 0, max = (1 << 24) - 1) int account,
      @ForAll @IntRange(min = 0, max = 65_535) int token,
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long amount,
      @ForAll @LongRange(min = 0, max = 0xffff_ffffL) long requestNonce) {
    BigInteger header =
        BigInteger.valueOf(5 + ((long) account << 8) + ((long) token << 32))
            .add(BigInteger.valueOf(requestNonce).shiftLeft(48));
    Fr expected =
        Poseidon.hash(
            DOMAIN.hash(),
            Fr.fromBigInteger(header),
            Fr.of(amount),
            Fr.fromBigInteger(TO.toBigInteger()));

    assertThat(
            ForcedWithdrawal.requestMessage(
                DOMAIN,
                AccountId.of(account),
                TokenId.of(token),
                Amount.of(amount),
                TO,
                Nonce.of(requestNonce)))
        .isEqualTo(expected);
  }

  @Property(tries = 20)
  void neverEqualsTheL2WithdrawalMessageOfTheSameFields(
      @ForAll @IntRange(min = 0, max = 1000) int account,
      @ForAll @LongRange(min = 1, max = 1_000_000) long amount,
      @ForAll @LongRange(min = 0, max = 100) long nonce) {
    AccountId a = AccountId.of(account);
    Amount x = Amount.of(amount);
    assertThat(ForcedWithdrawal.requestMessage(DOMAIN, a, TokenId.ETH, x, TO, Nonce.of(nonce)))
        .isNotEqualTo(Withdrawal.message(DOMAIN, a, TokenId.ETH, x, Nonce.of(nonce), TO));
  }
}
