package io.validium.sequencer.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.TestChain;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Transaction JSON (protocol.md 12.1) reads back as written, and damaged JSON is refused with a
 * reason or reads as a transaction that itself round-trips; it never throws.
 */
class TransactionJsonPropertiesTest {
  private static final TransactionJson JSON = new TransactionJson();
  private static final Address RECIPIENT =
      Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  @Property(tries = 300)
  void everyTransactionReadsBackAsWritten(@ForAll("transactions") Transaction tx) {
    Parsed<? extends Transaction> back = parse(tx, JSON.toJson(tx));

    assertThat(back.isOk()).as("%s", back.isOk() ? "" : back.error()).isTrue();
    assertThat(back.value()).isEqualTo(tx);
  }

  @Property(tries = 600)
  void damagedJsonIsRefusedWithAReasonOrIsATransactionThatRoundTrips(
      @ForAll("transactions") Transaction tx,
      @ForAll("positions") int position,
      @ForAll("characters") char replacement,
      @ForAll boolean truncate) {
    String text = JSON.toJson(tx);
    int at = position % text.length();
    String damaged =
        truncate
            ? text.substring(0, at)
            : text.substring(0, at) + replacement + text.substring(at + 1);

    Parsed<? extends Transaction> back = parse(tx, damaged);

    if (back.isOk()) {
      assertThat(parse(back.value(), JSON.toJson(back.value())).value()).isEqualTo(back.value());
    } else {
      assertThat(back.error().kind()).isNotNull();
      assertThat(back.error().detail()).isNotBlank();
    }
  }

  /** Parses with the entry point that takes {@code tx}'s kind: signed, deposit or forced. */
  private static Parsed<? extends Transaction> parse(Transaction tx, String text) {
    Parsed<com.fasterxml.jackson.databind.JsonNode> tree = JSON.tree(text);
    if (!tree.isOk()) {
      return Parsed.error(tree.error());
    }
    if (tx instanceof Deposit) {
      return JSON.parseDeposit(tree.value());
    }
    if (tx instanceof ForcedWithdrawal) {
      return JSON.parseForcedWithdrawal(tree.value());
    }
    return JSON.parseSigned(tree.value());
  }

  @Provide
  Arbitrary<Transaction> transactions() {
    Arbitrary<AccountId> account = Arbitraries.integers().between(1, 1 << 20).map(AccountId::of);
    Arbitrary<Long> amount = Arbitraries.longs().between(1, Long.MAX_VALUE);
    Arbitrary<Long> counter = Arbitraries.longs().between(0, (1L << 32) - 1);
    Arbitrary<Transaction> transfer =
        Combinators.combine(account, amount, counter)
            .as(
                (from, a, n) ->
                    TestChain.transfer(from, AccountId.of(from.value() + 1), TokenId.ETH, a, n));
    Arbitrary<Transaction> withdrawal =
        Combinators.combine(account, amount, counter)
            .as(
                (from, a, n) ->
                    new Withdrawal(
                        TestChain.DOMAIN,
                        from,
                        TokenId.ETH,
                        Amount.of(a),
                        Nonce.of(n),
                        RECIPIENT,
                        TestChain.key(from)
                            .sign(
                                Withdrawal.message(
                                    TestChain.DOMAIN,
                                    from,
                                    TokenId.ETH,
                                    Amount.of(a),
                                    Nonce.of(n),
                                    RECIPIENT))));
    Arbitrary<Transaction> deposit =
        Combinators.combine(account, amount, counter)
            .as(
                (id, a, i) ->
                    new Deposit(
                        TestChain.DOMAIN,
                        DepositIndex.of(i),
                        id,
                        TestChain.key(id).publicKey(),
                        TokenId.ETH,
                        Amount.of(a)));
    Arbitrary<Transaction> forced =
        Combinators.combine(account, amount, counter)
            .as(
                (id, a, i) ->
                    new ForcedWithdrawal(
                        TestChain.DOMAIN,
                        DepositIndex.of(i),
                        id,
                        TokenId.ETH,
                        Amount.of(a),
                        RECIPIENT));
    return Arbitraries.oneOf(transfer, withdrawal, deposit, forced);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1 << 12);
  }

  @Provide
  Arbitrary<Character> characters() {
    return Arbitraries.of(
        '0', '9', 'a', 'f', 'x', 'X', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '-', '.', 'e',
        '\u00e9', '\u0000', '\ud800');
  }
}
