package io.validium.sequencer.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.codec.TransactionCodec;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.TestChain;
import io.validium.sequencer.wire.WireError.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The relayed forcedWithdrawal event (protocol.md 17.6) mapped to core's type, and its garbage. */
class ForcedWithdrawalJsonTest {
  private static final TransactionJson JSON = new TransactionJson();
  private static final String RECIPIENT = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

  /** The object exactly as l1-bridge's EventJson.forcedWithdrawal writes it. */
  private static String event(String index, String account, String token, String amount) {
    return "{\"type\":\"forcedWithdrawal\",\"chainId\":\"31337\","
        + "\"validium\":\"0x5fbdb2315678afecb367f032d93f642f64180aa3\","
        + "\"depositIndex\":\""
        + index
        + "\",\"accountId\":\""
        + account
        + "\",\"tokenId\":\""
        + token
        + "\",\"amount\":\""
        + amount
        + "\",\"recipient\":\""
        + RECIPIENT
        + "\"}";
  }

  private static Parsed<ForcedWithdrawal> parse(String text) {
    Parsed<com.fasterxml.jackson.databind.JsonNode> tree = JSON.tree(text);
    assertThat(tree.isOk()).as("test input is JSON: %s", text).isTrue();
    return JSON.parseForcedWithdrawal(tree.value());
  }

  @Test
  void mapsTheBridgesObjectToCoresForcedWithdrawalOfSeventyFiveBytes() {
    Parsed<ForcedWithdrawal> parsed = parse(event("7", "42", "1", "1000"));

    assertThat(parsed.isOk()).isTrue();
    assertThat(parsed.value())
        .isEqualTo(
            new ForcedWithdrawal(
                TestChain.DOMAIN,
                DepositIndex.of(7),
                AccountId.of(42),
                TokenId.of(1),
                Amount.of(1000),
                Address.parse(RECIPIENT)));
    assertThat(TransactionCodec.encode(parsed.value())).hasSize(75);
  }

  @Test
  void writesTheSameObjectBackThatItParses() {
    List<ForcedWithdrawal> edges = new ArrayList<>();
    BigInteger maxAmount = BigInteger.ONE.shiftLeft(96).subtract(BigInteger.ONE);
    for (long index : new long[] {0, 1, Long.MAX_VALUE}) {
      for (int account : new int[] {0, (1 << 24) - 1}) {
        for (int token : new int[] {0, 15, 65_535}) {
          for (Amount amount : List.of(Amount.of(1), Amount.of(maxAmount))) {
            edges.add(
                new ForcedWithdrawal(
                    TestChain.DOMAIN,
                    DepositIndex.of(index),
                    AccountId.of(account),
                    TokenId.of(token),
                    amount,
                    Address.parse("0xffffffffffffffffffffffffffffffffffffffff")));
          }
        }
      }
    }

    for (ForcedWithdrawal f : edges) {
      Parsed<ForcedWithdrawal> back = parse(JSON.toJson(f));
      assertThat(back.isOk()).as("%s", f).isTrue();
      assertThat(back.value()).isEqualTo(f);
    }
  }

  @Test
  void takesTheDepositIndexFromTheQueueSharedWithDeposits() {
    ForcedWithdrawal f = parse(event("3", "42", "0", "5")).value();

    assertThat(f.index()).isEqualTo(DepositIndex.of(3));
    assertThat(JSON.toDto(f).depositIndex()).isEqualTo("3");
    assertThat(JSON.toDto(f).type()).isEqualTo("forcedWithdrawal");
    assertThat(JSON.toDto(f).signature()).as("not signed on L2").isNull();
  }

  static Stream<Arguments> garbage() {
    String good = event("7", "42", "1", "1000");
    return Stream.of(
        Arguments.of("[1,2]", Kind.WRONG_SHAPE, null),
        Arguments.of(
            good.replace(",\"recipient\":\"" + RECIPIENT + "\"", ""),
            Kind.MISSING_FIELD,
            "recipient"),
        Arguments.of(good.replace("}", ",\"deadline\":\"99\"}"), Kind.UNKNOWN_FIELD, "deadline"),
        Arguments.of(
            good.replace("}", ",\"publicKey\":{\"x\":\"0x01\",\"y\":\"0x02\"}}"),
            Kind.UNKNOWN_FIELD,
            "publicKey"),
        Arguments.of(event("7", "42", "1", "0"), Kind.INVALID_FIELD, "amount"),
        Arguments.of(event("7", "42", "1", "0100"), Kind.INVALID_FIELD, "amount"),
        Arguments.of(
            event("7", "42", "1", BigInteger.ONE.shiftLeft(96).toString()),
            Kind.INVALID_FIELD,
            "amount"),
        Arguments.of(good.replace("\"1000\"", "1000"), Kind.INVALID_FIELD, "amount"),
        Arguments.of(event("7", "16777216", "1", "1"), Kind.INVALID_FIELD, "accountId"),
        Arguments.of(event("-1", "42", "1", "1"), Kind.INVALID_FIELD, "depositIndex"),
        Arguments.of(event("7", "42", "65536", "1"), Kind.INVALID_FIELD, "tokenId"),
        Arguments.of(
            good.replace(RECIPIENT, "0x0000000000000000000000000000000000000000"),
            Kind.INVALID_FIELD,
            "recipient"),
        Arguments.of(good.replace(RECIPIENT, "0x1234"), Kind.INVALID_FIELD, "recipient"),
        Arguments.of(good.replace("\"31337\"", "\"x\""), Kind.INVALID_FIELD, "chainId"),
        Arguments.of(
            good.replace("\"forcedWithdrawal\"", "\"exit\""), Kind.UNSUPPORTED_TYPE, "type"),
        Arguments.of(
            TestChain.json(TestChain.nextDepositPreview(AccountId.of(9))),
            Kind.UNSUPPORTED_TYPE,
            "type"));
  }

  @ParameterizedTest
  @MethodSource("garbage")
  void refusesGarbageWithItsReasonAndField(String text, Kind kind, String field) {
    Parsed<ForcedWithdrawal> parsed = parse(text);

    assertThat(parsed.isOk()).isFalse();
    assertThat(parsed.error().kind()).isEqualTo(kind);
    assertThat(parsed.error().field()).isEqualTo(field);
    assertThat(parsed.error().detail()).isNotBlank();
  }

  @Test
  void refusesAForcedWithdrawalSubmittedLikeASignedTransaction() {
    Parsed<io.validium.core.tx.Transaction> parsed =
        JSON.parseSigned(JSON.tree(event("7", "42", "1", "1000")).value());

    assertThat(parsed.isOk()).isFalse();
    assertThat(parsed.error().kind()).isEqualTo(Kind.UNSUPPORTED_TYPE);
    assertThat(parsed.error().detail()).contains("requested on L1");
  }
}
