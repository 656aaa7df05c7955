package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.uint;

import io.validium.core.batch.BatchHeader;
import io.validium.l1.solc.CompiledContracts;
import io.validium.zk.testing.evm.Anvil;
import io.validium.zk.testing.evm.EvmToolchain;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class's own anvil with the contracts compiled and the development prover's verifier; each
 * test gets a fresh deployment with a 3-of-5 committee.
 */
abstract class ContractsOnAnvil {

  static final List<List<BigInteger>> NO_WITHDRAWALS = List.of();

  static Anvil anvil;
  static L1 l1;
  static CompiledContracts contracts;
  static BatchProver prover;
  static byte[] verifier;

  Deployment d;
  Scenario s;

  @BeforeAll
  static void start() {
    EvmToolchain tools = EvmToolchain.require();
    contracts = ContractSources.compiled(tools);
    prover = new DevelopmentBatchProver();
    verifier = Deployment.verifierBytecode(tools, prover);
    anvil = Anvil.start(tools);
    l1 = new L1(anvil);
  }

  @AfterAll
  static void stop() {
    if (anvil != null) {
      anvil.close();
      anvil = null;
    }
  }

  @BeforeEach
  void deploy() {
    d =
        Deployment.deploy(
            l1, contracts, verifier, CommitteeKeys.members("committee", 5), 3, 100, 10);
    s = new Scenario(d, prover);
  }

  Scenario.Batch batchWithTwoDeposits() {
    s.depositEth(l1.account(2), 7, Scenario.user("alice"), 1_000_000);
    s.depositEth(l1.account(3), 9, Scenario.user("bob"), 2_000_000);
    return s.nextBatch();
  }

  void rotate(List<CommitteeKeys.Member> members, int threshold, long grace) {
    l1.send(
        d.owner,
        d.committee,
        Abi.call(
            "rotate(address[],uint16,uint64)",
            Abi.addresses(CommitteeKeys.addresses(members)),
            uint(threshold),
            uint(grace)));
  }

  /** A header proved correctly, with a certificate of {@code signers} of epoch 0. */
  void assertSubmitReverts(BatchHeader h, int signers, String error) {
    d.assertSubmitReverts(h, prover.prove(h), d.certificate(signers, h), 2, NO_WITHDRAWALS, error);
  }

  void assertCertificateReverts(BatchHeader h, byte[] certificate, String error) {
    d.assertSubmitReverts(h, prover.prove(h), certificate, 2, NO_WITHDRAWALS, error);
  }
}
