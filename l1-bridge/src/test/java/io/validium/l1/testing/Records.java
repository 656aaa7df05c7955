package io.validium.l1.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.L1Withdrawal;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.da.committee.AttestationDigest;
import io.validium.da.committee.AttestationRecord;
import io.validium.da.committee.CommitteeScheme;
import io.validium.da.committee.EcdsaSignatures;
import io.validium.l1.contracts.BatchProver;
import io.validium.zk.snarkjs.SnarkjsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/** The records other services put on the topics the bridge consumes, made as they make them. */
public final class Records {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Records() {}

  /**
   * A validium.proofs value (protocol.md 13) with a real proof of the executed batch's header and
   * its L1 side, as the prover writes it; {@code depositCountAfter} is the queue position after it.
   */
  public static byte[] proof(BatchProver prover, BatchExecution run, long depositCountAfter) {
    return proof(
        prover, run.header(), run.depositChainBefore(), depositCountAfter, run.l1Withdrawals());
  }

  /** A validium.proofs value with a real proof of {@code h} and the L1 side given. */
  public static byte[] proof(
      BatchProver prover,
      BatchHeader h,
      Fr depositChainBefore,
      long depositCountAfter,
      List<L1Withdrawal> withdrawals) {
    try {
      ObjectNode o = JSON.createObjectNode();
      o.put("batchNumber", h.number().value());
      o.set("proof", JSON.readTree(SnarkjsJson.writeProof(prover.prove(h))));
      ArrayNode signals = o.putArray("publicSignals");
      for (Fr f : h.publicInputs()) {
        signals.add(f.toBigInteger().toString());
      }
      o.put("depositChainBefore", depositChainBefore.toString());
      o.put("depositCountAfter", Long.toString(depositCountAfter));
      ArrayNode ws = o.putArray("withdrawals");
      for (L1Withdrawal w : withdrawals) {
        ws.addObject()
            .put("recipient", w.recipient().toString())
            .put("tokenId", w.token().toString())
            .put("amount", w.amount().toString());
      }
      return JSON.writeValueAsBytes(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A validium.attestations value (protocol.md 11.4) of {@code h} by {@code member}. */
  public static byte[] attestation(Domain domain, BatchHeader h, ECKeyPair member) {
    byte[] signature = EcdsaSignatures.sign(new AttestationDigest(domain).digest(h), member);
    Address signer = Address.parse("0x" + Keys.getAddress(member));
    return AttestationRecord.format(
            new Attestation(CommitteeScheme.NAME, h, signer.toBytes(), signature))
        .getBytes(StandardCharsets.UTF_8);
  }
}
