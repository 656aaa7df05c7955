package io.validium.l1.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

class EventDecoderTest {

  private static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  private final EventDecoder decoder = new EventDecoder(DOMAIN);

  static String word(BigInteger v) {
    return Numeric.toHexStringWithPrefixZeroPadded(v, 64);
  }

  static Log depositLog(long index, long account, BigInteger amount, BigInteger ax, int words) {
    List<BigInteger> data =
        new ArrayList<>(
            List.of(
                BigInteger.ZERO,
                amount,
                ax,
                BigInteger.valueOf(5),
                BigInteger.ONE,
                BigInteger.valueOf(100),
                BigInteger.valueOf(42)));
    StringBuilder hex = new StringBuilder("0x");
    data.subList(0, words).forEach(w -> hex.append(word(w).substring(2)));
    Log l = new Log();
    l.setTopics(
        List.of(
            EventDecoder.DEPOSIT_QUEUED,
            word(BigInteger.valueOf(index)),
            word(BigInteger.valueOf(account))));
    l.setData(hex.toString());
    l.setBlockNumber("0x10");
    return l;
  }

  @Test
  void decodesADepositIntoTheL2DepositItAsksFor() {
    var r = decoder.decode(depositLog(3, 7, BigInteger.valueOf(1000), BigInteger.TWO, 7));
    assertThat(r).isInstanceOf(EventDecoder.Result.Decoded.class);
    var d = ((L1Event.DepositQueued) ((EventDecoder.Result.Decoded) r).event()).deposit();
    assertThat(d.index().value()).isEqualTo(3);
    assertThat(d.account().value()).isEqualTo(7);
    assertThat(d.amount().toBigInteger()).isEqualTo(BigInteger.valueOf(1000));
    assertThat(d.domain()).isEqualTo(DOMAIN);
    assertThat(EventJson.deposit(d))
        .contains("\"type\":\"deposit\"", "\"depositIndex\":\"3\"", "\"amount\":\"1000\"");
  }

  @Test
  void refusesDepositsOutsideTheProtocolsBounds() {
    assertMalformed(depositLog(0, 1 << 24, BigInteger.TEN, BigInteger.ONE, 7), "2^24");
    assertMalformed(depositLog(0, 1, BigInteger.ZERO, BigInteger.ONE, 7), "amount is zero");
    assertMalformed(
        depositLog(0, 1, BigInteger.ONE.shiftLeft(96), BigInteger.ONE, 7), "amount does not fit");
    assertMalformed(depositLog(0, 1, BigInteger.TEN, Fr.MODULUS, 7), "not below r");
    assertMalformed(depositLog(0, 1, BigInteger.TEN, BigInteger.ONE, 6), "data bytes");
    assertMalformed(
        depositLog(0, 1L << 40, BigInteger.TEN, BigInteger.ONE, 7), "accountId does not fit");
  }

  static Log forcedLog(
      long index, long account, BigInteger amount, BigInteger recipient, int words) {
    List<BigInteger> data =
        List.of(BigInteger.valueOf(3), amount, recipient, BigInteger.valueOf(100), BigInteger.TEN);
    StringBuilder hex = new StringBuilder("0x");
    data.subList(0, words).forEach(w -> hex.append(word(w).substring(2)));
    Log l = new Log();
    l.setTopics(
        List.of(
            EventDecoder.FORCED_WITHDRAWAL_QUEUED,
            word(BigInteger.valueOf(index)),
            word(BigInteger.valueOf(account))));
    l.setData(hex.toString());
    l.setBlockNumber("0x11");
    return l;
  }

  @Test
  void decodesAForcedWithdrawalIntoTheL2TransactionItAsksFor() {
    BigInteger recipient = new BigInteger("00000000000000000000000000000000000000bb", 16);
    var r = decoder.decode(forcedLog(4, 7, BigInteger.valueOf(250), recipient, 5));
    assertThat(r).isInstanceOf(EventDecoder.Result.Decoded.class);
    var e = (L1Event.ForcedWithdrawalQueued) ((EventDecoder.Result.Decoded) r).event();
    var f = e.withdrawal();
    assertThat(e.block()).isEqualTo(0x11);
    assertThat(f.index().value()).isEqualTo(4);
    assertThat(f.account().value()).isEqualTo(7);
    assertThat(f.token().value()).isEqualTo(3);
    assertThat(f.amount().toBigInteger()).isEqualTo(BigInteger.valueOf(250));
    assertThat(f.recipient())
        .isEqualTo(Address.parse("0x00000000000000000000000000000000000000bb"));
    assertThat(f.domain()).isEqualTo(DOMAIN);
    assertThat(EventJson.forcedWithdrawal(f))
        .isEqualTo(
            "{\"type\":\"forcedWithdrawal\",\"chainId\":\"31337\","
                + "\"validium\":\"0x5fbdb2315678afecb367f032d93f642f64180aa3\","
                + "\"depositIndex\":\"4\",\"accountId\":\"7\",\"tokenId\":\"3\","
                + "\"amount\":\"250\",\"recipient\":\"0x00000000000000000000000000000000000000bb\"}");
  }

  @Test
  void refusesForcedWithdrawalsOutsideTheProtocolsBounds() {
    BigInteger to = BigInteger.TEN;
    assertMalformed(forcedLog(0, 1 << 24, BigInteger.TEN, to, 5), "2^24");
    assertMalformed(forcedLog(0, 1, BigInteger.ZERO, to, 5), "amount is zero");
    assertMalformed(forcedLog(0, 1, BigInteger.ONE.shiftLeft(96), to, 5), "amount does not fit");
    assertMalformed(forcedLog(0, 1, BigInteger.TEN, BigInteger.ZERO, 5), "zero address");
    assertMalformed(
        forcedLog(0, 1, BigInteger.TEN, BigInteger.ONE.shiftLeft(160), 5),
        "recipient does not fit");
    assertMalformed(forcedLog(0, 1, BigInteger.TEN, to, 4), "data bytes");
    Log farIndex = forcedLog(0, 1, BigInteger.TEN, to, 5);
    farIndex.setTopics(
        List.of(
            EventDecoder.FORCED_WITHDRAWAL_QUEUED,
            word(BigInteger.ONE.shiftLeft(63)),
            word(BigInteger.ONE)));
    assertMalformed(farIndex, "depositIndex does not fit");
  }

  @Test
  void ignoresOtherEventsAndRefusesAFinalizationWithTheWrongShape() {
    Log other = new Log();
    other.setTopics(List.of(word(BigInteger.ONE)));
    other.setData("0x");
    assertThat(decoder.decode(other)).isInstanceOf(EventDecoder.Result.Ignored.class);
    Log bad = new Log();
    bad.setTopics(List.of(EventDecoder.BATCH_FINALIZED));
    bad.setData("0x");
    bad.setBlockNumber("0x1");
    assertMalformed(bad, "expected 2 topics");
  }

  private void assertMalformed(Log log, String reason) {
    var r = decoder.decode(log);
    assertThat(r).isInstanceOf(EventDecoder.Result.Malformed.class);
    assertThat(((EventDecoder.Result.Malformed) r).reason()).contains(reason);
  }
}
