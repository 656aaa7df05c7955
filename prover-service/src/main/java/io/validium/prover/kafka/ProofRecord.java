package io.validium.prover.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.batch.BatchHeader;
import io.validium.prover.job.L1Effects;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.snarkjs.SnarkjsJson;
import java.util.List;

/**
 * The value of a {@code validium.proofs} record (protocol.md 13): {@code {"batchNumber", "proof":
 * snarkjs proof JSON, "publicSignals": ["decimal", ...], "depositChainBefore": "decimal",
 * "depositCountAfter": "decimal", "withdrawals": [{"recipient", "tokenId", "amount"}, ...]}}, keyed
 * by the decimal batch number. The last three are what only execution knows of the batch's L1 side,
 * which the submitter's {@code submitBatch} call needs.
 */
final class ProofRecord {
  private ProofRecord() {}

  static String json(
      ObjectMapper mapper, BatchHeader header, ProofWithSignals proof, L1Effects l1) {
    try {
      ObjectNode root = mapper.createObjectNode();
      root.put("batchNumber", header.number().value());
      root.set("proof", mapper.readTree(SnarkjsJson.writeProof(proof.proof())));
      root.set("publicSignals", mapper.readTree(SnarkjsJson.writePublicSignals(proof.signals())));
      putL1Effects(mapper, root, l1);
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("zk's snarkjs JSON did not parse", e);
    }
  }

  /** The fields of the batch's L1 side, added to the record {@code root}. */
  static void putL1Effects(ObjectMapper mapper, ObjectNode root, L1Effects l1) {
    root.put("depositChainBefore", l1.depositChainBefore().toString());
    root.put("depositCountAfter", Long.toString(l1.depositCountAfter()));
    List<WithdrawalJson> ws = l1.withdrawals().stream().map(WithdrawalJson::of).toList();
    root.set("withdrawals", mapper.valueToTree(ws));
  }
}
