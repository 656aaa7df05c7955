package io.validium.da.committee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.batch.BatchHeader;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.utils.Numeric;

/**
 * The digest against golden vectors that web3j's StructuredDataEncoder computed from the typed-data
 * JSON, and against that encoder again at test time; the vectors are for the Solidity side too.
 */
class AttestationDigestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<JsonNode> vectors() throws Exception {
    try (InputStream in =
        AttestationDigestTest.class.getResourceAsStream("/eip712-batch-attestation-vectors.json")) {
      List<JsonNode> out = new ArrayList<>();
      JSON.readTree(in).get("vectors").forEach(out::add);
      return out.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void digestMatchesTheGoldenVectorAndWeb3jsTypedDataEncoder(JsonNode v) throws Exception {
    Domain domain = domainOf(v);
    BatchHeader header = headerOf(v);
    AttestationDigest ours = new AttestationDigest(domain);

    assertThat(hex(ours.domainSeparator())).isEqualTo(v.get("domainSeparator").asText());
    assertThat(hex(ours.digest(header))).isEqualTo(v.get("digest").asText());
    assertThat(new StructuredDataEncoder(typedDataJson(v)).hashStructuredData())
        .isEqualTo(ours.digest(header));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void signatureIsTheGoldenOneAndRecoversTheSigner(JsonNode v) {
    AttestationDigest ours = new AttestationDigest(domainOf(v));
    byte[] digest = ours.digest(headerOf(v));
    ECKeyPair key = ECKeyPair.create(Numeric.toBigInt(v.get("privateKey").asText()));

    byte[] signature = EcdsaSignatures.sign(digest, key);

    assertThat(hex(signature)).isEqualTo(v.get("signature").asText());
    assertThat(EcdsaSignatures.recover(digest, signature))
        .contains(Address.parse(v.get("signer").asText()));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void l1OpsCommitmentIsNotPartOfTheSignedStruct(JsonNode v) {
    AttestationDigest ours = new AttestationDigest(domainOf(v));
    BatchHeader h = headerOf(v);
    BatchHeader otherOps =
        new BatchHeader(
            h.number(), h.oldRoot(), h.newRoot(), h.commitment(), L1OpsCommitment.of(Fr.of(99)));
    assertThat(ours.digest(otherOps)).isEqualTo(ours.digest(h));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void everySignedFieldChangesTheDigest(JsonNode v) {
    AttestationDigest ours = new AttestationDigest(domainOf(v));
    BatchHeader h = headerOf(v);
    byte[] d = ours.digest(h);
    Fr one = Fr.of(1);
    assertThat(
            ours.digest(
                new BatchHeader(
                    BatchNumber.of(h.number().value() ^ 1),
                    h.oldRoot(),
                    h.newRoot(),
                    h.commitment(),
                    h.l1OpsCommitment())))
        .isNotEqualTo(d);
    assertThat(
            ours.digest(
                new BatchHeader(
                    h.number(),
                    StateRoot.of(h.oldRoot().value().add(one)),
                    h.newRoot(),
                    h.commitment(),
                    h.l1OpsCommitment())))
        .isNotEqualTo(d);
    assertThat(
            ours.digest(
                new BatchHeader(
                    h.number(),
                    h.oldRoot(),
                    StateRoot.of(h.newRoot().value().add(one)),
                    h.commitment(),
                    h.l1OpsCommitment())))
        .isNotEqualTo(d);
    assertThat(
            ours.digest(
                new BatchHeader(
                    h.number(),
                    h.oldRoot(),
                    h.newRoot(),
                    BatchCommitment.of(h.commitment().value().add(one)),
                    h.l1OpsCommitment())))
        .isNotEqualTo(d);
    Domain other =
        new Domain(ChainId.of(domainOf(v).chainId().value() == 5 ? 6 : 5), domainOf(v).validium());
    assertThat(new AttestationDigest(other).digest(h)).isNotEqualTo(d);
  }

  private static Domain domainOf(JsonNode v) {
    return new Domain(
        ChainId.of(Long.parseLong(v.get("chainId").asText())),
        Address.parse(v.get("verifyingContract").asText()));
  }

  private static BatchHeader headerOf(JsonNode v) {
    return new BatchHeader(
        BatchNumber.parse(v.get("batchNumber").asText()),
        StateRoot.parse(v.get("oldRoot").asText()),
        StateRoot.parse(v.get("newRoot").asText()),
        BatchCommitment.parse(v.get("batchCommitment").asText()),
        L1OpsCommitment.of(Fr.ZERO));
  }

  private static String typedDataJson(JsonNode v) {
    return "{\"types\":{\"EIP712Domain\":[{\"name\":\"name\",\"type\":\"string\"},"
        + "{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\"},"
        + "{\"name\":\"verifyingContract\",\"type\":\"address\"}],"
        + "\"BatchAttestation\":[{\"name\":\"batchNumber\",\"type\":\"uint64\"},"
        + "{\"name\":\"oldRoot\",\"type\":\"bytes32\"},{\"name\":\"newRoot\",\"type\":\"bytes32\"},"
        + "{\"name\":\"batchCommitment\",\"type\":\"bytes32\"}]},"
        + "\"primaryType\":\"BatchAttestation\",\"domain\":{\"name\":\"Validium\",\"version\":\"1\","
        + "\"chainId\":"
        + v.get("chainId").asText()
        + ",\"verifyingContract\":\""
        + v.get("verifyingContract").asText()
        + "\"},\"message\":{\"batchNumber\":"
        + v.get("batchNumber").asText()
        + ",\"oldRoot\":\""
        + v.get("oldRoot").asText()
        + "\",\"newRoot\":\""
        + v.get("newRoot").asText()
        + "\",\"batchCommitment\":\""
        + v.get("batchCommitment").asText()
        + "\"}}";
  }

  private static String hex(byte[] b) {
    return Numeric.toHexString(b);
  }
}
