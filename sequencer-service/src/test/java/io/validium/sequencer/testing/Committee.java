package io.validium.sequencer.testing;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.types.Address;
import io.validium.da.committee.AttestationDigest;
import io.validium.da.committee.AttestationRecord;
import io.validium.da.committee.CommitteeScheme;
import io.validium.da.committee.EcdsaSignatures;
import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * The test profile's committee: two members with fixed secp256k1 keys (their addresses are {@code
 * validium.sequencer.committee.members} in application.properties) and one stranger.
 */
public final class Committee {
  /** Not a member. */
  public static final ECKeyPair STRANGER = ECKeyPair.create(BigInteger.valueOf(9_999));

  private Committee() {}

  public static ECKeyPair key(int member) {
    return ECKeyPair.create(BigInteger.valueOf(1_001 + member));
  }

  public static Address address(int member) {
    return address(key(member));
  }

  public static Address address(ECKeyPair key) {
    return Address.parse("0x" + Keys.getAddress(key.getPublicKey()));
  }

  /** The attestation record of {@code member}, signed (rightly or not) by {@code signer}. */
  public static String attestation(BatchHeader header, Address member, ECKeyPair signer) {
    byte[] sig =
        EcdsaSignatures.sign(new AttestationDigest(TestChain.DOMAIN).digest(header), signer);
    return AttestationRecord.format(
        new Attestation(CommitteeScheme.NAME, header, member.toBytes(), sig));
  }
}
