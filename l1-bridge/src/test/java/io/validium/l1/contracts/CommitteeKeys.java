package io.validium.l1.contracts;

import io.validium.core.crypto.Keccak256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Committee members' secp256k1 keys and their Ethereum signatures (r || s || v, low s, v = 27 or
 * 28) of EIP-712 digests, with BouncyCastle; members are sorted by address as certificates need.
 */
final class CommitteeKeys {

  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
  private static final BigInteger HALF_N = CURVE.getN().shiftRight(1);

  /** One member: private scalar and address (0x + 40 lowercase hex digits). */
  record Member(BigInteger key, String address) {}

  private CommitteeKeys() {}

  /** {@code n} deterministic members named by {@code label}, sorted by address. */
  static List<Member> members(String label, int n) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] seed = Keccak256.hash((label + "/" + i).getBytes(StandardCharsets.UTF_8));
      BigInteger key =
          new BigInteger(1, seed).mod(CURVE.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
      out.add(new Member(key, address(CURVE.getG().multiply(key).normalize())));
    }
    out.sort(Comparator.comparing(m -> new BigInteger(m.address().substring(2), 16)));
    return List.copyOf(out);
  }

  static List<String> addresses(List<Member> members) {
    return members.stream().map(Member::address).toList();
  }

  /** The 65-byte signature of {@code digest} by {@code m}, as ecrecover takes it. */
  static byte[] sign(Member m, byte[] digest) {
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(m.key(), DOMAIN));
    BigInteger[] rs = signer.generateSignature(digest);
    BigInteger r = rs[0];
    BigInteger s = rs[1].compareTo(HALF_N) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
    ECPoint q = CURVE.getG().multiply(m.key()).normalize();
    for (int recId = 0; recId < 2; recId++) {
      ECPoint recovered = recover(recId, r, s, digest);
      if (recovered != null && recovered.equals(q)) {
        byte[] out = new byte[65];
        System.arraycopy(Abi.word(r), 0, out, 0, 32);
        System.arraycopy(Abi.word(s), 0, out, 32, 32);
        out[64] = (byte) (27 + recId);
        return out;
      }
    }
    throw new IllegalStateException("no recovery id reproduces the signer's key");
  }

  /** The same signature with s replaced by n - s and v flipped: valid for ecrecover, but high s. */
  static byte[] highS(byte[] signature) {
    byte[] out = signature.clone();
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    System.arraycopy(Abi.word(CURVE.getN().subtract(s)), 0, out, 32, 32);
    out[64] = (byte) (out[64] == 27 ? 28 : 27);
    return out;
  }

  private static ECPoint recover(int recId, BigInteger r, BigInteger s, byte[] digest) {
    // R has x = r (r < n < p here) and the parity recId; Q = r^-1 (s R - e G).
    byte[] compressed = new byte[33];
    compressed[0] = (byte) (0x02 + recId);
    System.arraycopy(Abi.word(r), 0, compressed, 1, 32);
    ECPoint bigR;
    try {
      bigR = CURVE.getCurve().decodePoint(compressed);
    } catch (IllegalArgumentException e) {
      return null;
    }
    BigInteger n = CURVE.getN();
    BigInteger rInv = r.modInverse(n);
    BigInteger e = new BigInteger(1, digest);
    return ECAlgorithms.sumOfTwoMultiplies(
            CURVE.getG(), rInv.multiply(e).negate().mod(n), bigR, rInv.multiply(s).mod(n))
        .normalize();
  }

  private static String address(ECPoint q) {
    byte[] encoded = q.getEncoded(false);
    byte[] hash = Keccak256.hash(Arrays.copyOfRange(encoded, 1, 65));
    StringBuilder out = new StringBuilder("0x");
    for (int i = 12; i < 32; i++) {
      out.append(String.format("%02x", hash[i]));
    }
    return out.toString();
  }
}
