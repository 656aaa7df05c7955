package io.validium.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Keccak256;
import io.validium.core.field.Fr;
import io.validium.core.state.L1Withdrawal;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import io.validium.l1.submit.Submission;
import io.validium.l1.submit.SubmitBatchCall;
import io.validium.zk.groth16.Proof;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's web3j encoding of submitBatch is byte for byte the one the contract tests use. */
class SubmitBatchCallTest {

  @Test
  void encodesSubmitBatchExactlyAsTheContractTestsDo() {
    BatchHeader h =
        new BatchHeader(
            BatchNumber.of(3),
            new StateRoot(Fr.of(11)),
            new StateRoot(Fr.of(12)),
            new BatchCommitment(Fr.of(13)),
            new L1OpsCommitment(Fr.of(14)));
    Proof proof = new DevelopmentBatchProver().prove(h);
    byte[] certificate = Keccak256.hash(new byte[] {1, 2, 3});
    Address to = Address.parse("0x00000000000000000000000000000000000000aa");
    L1Withdrawal w = new L1Withdrawal(to, TokenId.of(2), Amount.of(99));
    Submission s = new Submission(h, proof, certificate, 4, 1, List.of(w, w));

    byte[] expected =
        Deployment.submitBatch(
            h,
            proof,
            certificate,
            4,
            List.of(
                Deployment.withdrawalWords(to.toString(), 2, BigInteger.valueOf(99)),
                Deployment.withdrawalWords(to.toString(), 2, BigInteger.valueOf(99))));
    assertThat(SubmitBatchCall.encode(s)).isEqualTo(expected);
    Submission none = new Submission(h, proof, certificate, 0, 0, List.of());
    assertThat(SubmitBatchCall.encode(none))
        .isEqualTo(Deployment.submitBatch(h, proof, certificate, 0, List.of()));
  }
}
