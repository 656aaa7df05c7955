package io.validium.da.committee;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Keccak256;
import io.validium.core.tx.Domain;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The EIP-712 digest a committee member signs for a batch, exactly as the Validium contract
 * recomputes it: {@code keccak256(0x19 0x01 || domainSeparator || hashStruct(attestation))}.
 */
public final class AttestationDigest {
  /** The EIP-712 domain name. */
  public static final String NAME = "Validium";

  /** The EIP-712 domain version. */
  public static final String VERSION = "1";

  static final String DOMAIN_TYPE =
      "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
  static final String ATTESTATION_TYPE =
      "BatchAttestation(uint64 batchNumber,bytes32 oldRoot,bytes32 newRoot,bytes32 batchCommitment)";

  private static final byte[] DOMAIN_TYPE_HASH = keccak(DOMAIN_TYPE);
  private static final byte[] ATTESTATION_TYPE_HASH = keccak(ATTESTATION_TYPE);
  private static final byte[] NAME_HASH = keccak(NAME);
  private static final byte[] VERSION_HASH = keccak(VERSION);

  private final byte[] domainSeparator;

  public AttestationDigest(Domain domain) {
    ByteBuffer b = ByteBuffer.allocate(5 * 32);
    b.put(DOMAIN_TYPE_HASH).put(NAME_HASH).put(VERSION_HASH);
    b.put(word(domain.chainId().value()));
    b.put(new byte[12]).put(domain.validium().toBytes());
    this.domainSeparator = Keccak256.hash(b.array());
  }

  /** {@code hashStruct(EIP712Domain)} for this deployment. */
  public byte[] domainSeparator() {
    return domainSeparator.clone();
  }

  /** {@code hashStruct(BatchAttestation)}; the L1 operations commitment is not part of it. */
  public static byte[] hashStruct(BatchHeader header) {
    ByteBuffer b = ByteBuffer.allocate(5 * 32);
    b.put(ATTESTATION_TYPE_HASH);
    b.put(word(header.number().value()));
    b.put(header.oldRoot().toBytes());
    b.put(header.newRoot().toBytes());
    b.put(header.commitment().value().toBytesBigEndian());
    return Keccak256.hash(b.array());
  }

  /** The 32-byte digest that members sign and L1 passes to the DA verifier. */
  public byte[] digest(BatchHeader header) {
    ByteBuffer b = ByteBuffer.allocate(2 + 2 * 32);
    b.put((byte) 0x19).put((byte) 0x01).put(domainSeparator).put(hashStruct(header));
    return Keccak256.hash(b.array());
  }

  private static byte[] word(long unsigned) {
    return ByteBuffer.allocate(32).putLong(24, unsigned).array();
  }

  private static byte[] keccak(String s) {
    return Keccak256.hash(s.getBytes(StandardCharsets.UTF_8));
  }
}
