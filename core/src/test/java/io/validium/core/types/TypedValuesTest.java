package io.validium.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "+1", "01", " 1", "1 ", "1e3", "0x10", "16777216"})
  void rejectsNonCanonicalOrOutOfRangeAccountIds(String text) {
    assertThatThrownBy(() -> AccountId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account id");
  }

  @Test
  void accountIdsRoundTripThroughText() {
    assertThat(AccountId.parse("0")).isEqualTo(AccountId.of(0));
    assertThat(AccountId.parse("16777215").toString()).isEqualTo("16777215");
  }

  @Test
  void amountsStopAtTwoToThe96MinusOne() {
    BigInteger max = BigInteger.ONE.shiftLeft(96).subtract(BigInteger.ONE);
    assertThat(Amount.parse(max.toString())).isEqualTo(Amount.MAX);
    assertThatThrownBy(() -> Amount.parse(max.add(BigInteger.ONE).toString()))
        .hasMessageContaining("2^96 - 1");
    assertThatThrownBy(() -> Amount.of(-1)).hasMessageContaining("negative");
  }

  @Test
  void amountArithmeticReportsOverflowAndUnderflowInsteadOfWrapping() {
    assertThat(Amount.MAX.plus(Amount.of(1))).isEmpty();
    assertThat(Amount.of(5).minus(Amount.of(6))).isEmpty();
    assertThat(Amount.of(5).minus(Amount.of(5))).contains(Amount.ZERO);
  }

  @Test
  void amountBytesAreTwelveBigEndianBytes() {
    byte[] bytes = Amount.of(0x0102).toBytes();
    assertThat(bytes).hasSize(12);
    assertThat(bytes[10]).isEqualTo((byte) 1);
    assertThat(bytes[11]).isEqualTo((byte) 2);
    assertThat(Amount.fromBytes(Amount.MAX.toBytes(), 0)).isEqualTo(Amount.MAX);
  }

  @Test
  void nonceStopsAtTwoToThe32MinusOne() {
    assertThat(Nonce.parse("4294967295").isMax()).isTrue();
    assertThatThrownBy(() -> Nonce.parse("4294967296")).hasMessageContaining("nonce");
    assertThatThrownBy(() -> Nonce.of(Nonce.MAX).next()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tokenChainAndBatchNumbersValidateTheirRanges() {
    assertThatThrownBy(() -> TokenId.of(65_536)).hasMessageContaining("token id");
    assertThatThrownBy(() -> ChainId.parse("0")).hasMessageContaining("chain id");
    assertThatThrownBy(() -> BatchNumber.of(-1)).hasMessageContaining("negative");
    assertThat(BatchNumber.parse("9223372036854775807").value()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> BatchNumber.parse("9223372036854775808"))
        .hasMessageContaining("batch number");
  }

  @Test
  void addressAcceptsLowerUpperAndValidChecksumCase() {
    String checksummed = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    Address a = Address.parse(checksummed);
    assertThat(a.toString()).isEqualTo(checksummed.toLowerCase());
    assertThat(a.toChecksumString()).isEqualTo(checksummed);
    assertThat(Address.parse("0x" + checksummed.substring(2).toUpperCase())).isEqualTo(a);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
        "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaedd",
        "0xgaaeb6053f3e94c9b9a09f33669435e7ef1beaed"
      })
  void rejectsMalformedAddresses(String text) {
    assertThatThrownBy(() -> Address.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rootsPrintAsSixtyFourHexDigitsAndRejectValuesNotBelowTheModulus() {
    StateRoot root = StateRoot.of(Fr.of(255));
    assertThat(root.toString()).isEqualTo("0x" + "0".repeat(62) + "ff");
    assertThat(StateRoot.parse(root.toString())).isEqualTo(root);
    String modulus = String.format("0x%064x", Fr.MODULUS);
    assertThatThrownBy(() -> StateRoot.parse(modulus)).hasMessageContaining("modulus");
    assertThatThrownBy(() -> BatchCommitment.parse("0xff")).hasMessageContaining("64 hex digits");
  }
}
