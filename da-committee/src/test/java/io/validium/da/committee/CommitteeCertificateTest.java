package io.validium.da.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.types.Address;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ABI layout of {@code abi.encode(uint64 epoch, bytes signatures)} and the L1 rule in Java. */
class CommitteeCertificateTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void encodesEpochOffsetLengthAndPaddedSignatures() {
    byte[] a = new byte[65];
    byte[] b = new byte[65];
    a[0] = 0x11;
    b[64] = 0x1c;
    byte[] enc = new CommitteeCertificate(7, List.of(a, b)).encode();

    assertThat(enc).hasSize(96 + 160);
    assertThat(HEX.formatHex(enc, 0, 96))
        .isEqualTo("0".repeat(63) + "7" + "0".repeat(62) + "40" + "0".repeat(62) + "82");
    assertThat(enc[96]).isEqualTo((byte) 0x11);
    assertThat(enc[96 + 65 + 64]).isEqualTo((byte) 0x1c);
    assertThat(CommitteeCertificate.decode(enc).orElseThrow().signatures()).hasSize(2);
  }

  @Test
  void decodingRejectsEveryNonCanonicalForm() {
    byte[] good = new CommitteeCertificate(1, List.of(new byte[65])).encode();
    assertThat(CommitteeCertificate.decode(good)).isPresent();

    byte[] dirtyPadding = good.clone();
    dirtyPadding[dirtyPadding.length - 1] = 1;
    byte[] badOffset = good.clone();
    badOffset[63] = 0x20;
    byte[] badLength = good.clone();
    badLength[95] = 64;
    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 32);

    assertThat(CommitteeCertificate.decode(dirtyPadding)).isEmpty();
    assertThat(CommitteeCertificate.decode(badOffset)).isEmpty();
    assertThat(CommitteeCertificate.decode(badLength)).isEmpty();
    assertThat(CommitteeCertificate.decode(truncated)).isEmpty();
    assertThat(CommitteeCertificate.decode(new byte[5])).isEmpty();
    assertThat(CommitteeCertificate.decode(null)).isEmpty();
  }

  @Test
  void theL1RuleRejectsUnsortedDuplicateForeignAndTooFewSignatures() {
    AttestationDigest d = new AttestationDigest(Headers.DOMAIN);
    byte[] digest = d.digest(Headers.header(1, 1));
    var k0 = Headers.key(0);
    var k1 = Headers.key(1);
    Address a0 = EcdsaSignatures.addressOf(k0.getPublicKey());
    Address a1 = EcdsaSignatures.addressOf(k1.getPublicKey());
    boolean zeroFirst = Keyset.compare(a0, a1) < 0;
    byte[] low = EcdsaSignatures.sign(digest, zeroFirst ? k0 : k1);
    byte[] high = EcdsaSignatures.sign(digest, zeroFirst ? k1 : k0);
    Keyset ks = new Keyset(2, List.of(a0, a1), 2);

    assertThat(check(digest, 2, ks, low, high)).isEqualTo(CertificateCheck.Verdict.VALID);
    assertThat(check(digest, 2, ks, high, low))
        .isEqualTo(CertificateCheck.Verdict.UNSORTED_OR_DUPLICATE_SIGNER);
    assertThat(check(digest, 2, ks, low, low))
        .isEqualTo(CertificateCheck.Verdict.UNSORTED_OR_DUPLICATE_SIGNER);
    assertThat(check(digest, 2, ks, low)).isEqualTo(CertificateCheck.Verdict.BELOW_THRESHOLD);
    assertThat(check(digest, 1, ks, low, high)).isEqualTo(CertificateCheck.Verdict.WRONG_EPOCH);
    assertThat(check(digest, 2, new Keyset(2, List.of(a0), 1), low, high))
        .isEqualTo(CertificateCheck.Verdict.NOT_A_MEMBER);
  }

  @Test
  void keysetsAreSortedValidatedAndHashedOverTheirContent() {
    Address a = Address.parse("0x00000000000000000000000000000000000000ff");
    Address b = Address.parse("0xff00000000000000000000000000000000000000");
    Keyset ks = new Keyset(1, List.of(b, a), 2);
    assertThat(ks.members()).containsExactly(a, b);
    assertThat(ks.hash()).isEqualTo(new Keyset(1, List.of(a, b), 2).hash());
    assertThat(ks.hash()).isNotEqualTo(new Keyset(2, List.of(a, b), 2).hash());
    assertThat(ks.hash()).isNotEqualTo(new Keyset(1, List.of(a, b), 1).hash());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Keyset(1, List.of(a, a), 1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Keyset(1, List.of(a), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CertificateCheck.Verdict check(
      byte[] digest, long epoch, Keyset ks, byte[]... sigs) {
    return CertificateCheck.check(
        digest, new CommitteeCertificate(epoch, List.of(sigs)).encode(), ks);
  }
}
