package io.validium.prover.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.batch.BatchHeader;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.snarkjs.SnarkjsJson;

/**
 * The value of a {@code validium.proofs} record: {@code {"batchNumber", "proof": snarkjs proof
 * JSON, "publicSignals": ["decimal", ...]}}, keyed by the decimal batch number.
 */
final class ProofRecord {
  private ProofRecord() {}

  static String json(ObjectMapper mapper, BatchHeader header, ProofWithSignals proof) {
    try {
      ObjectNode root = mapper.createObjectNode();
      root.put("batchNumber", header.number().value());
      root.set("proof", mapper.readTree(SnarkjsJson.writeProof(proof.proof())));
      root.set("publicSignals", mapper.readTree(SnarkjsJson.writePublicSignals(proof.signals())));
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("zk's snarkjs JSON did not parse", e);
    }
  }
}
