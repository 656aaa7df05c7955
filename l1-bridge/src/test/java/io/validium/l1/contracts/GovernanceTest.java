package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.address;
import static io.validium.l1.contracts.Abi.uint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the owner can do (rotate the committee, replace verifiers after the delay) and nobody else
 * can.
 */
class GovernanceTest extends ContractsOnAnvil {

  @Test
  void theContractHasNoStateChangingFunctionBeyondTheProtocolsAndGovernancesFew() {
    // Pins the surface: a new way to change state (and so perhaps to move funds) must be reviewed.
    java.util.Set<String> mutating = new java.util.TreeSet<>();
    contracts
        .contract("Validium")
        .abi()
        .forEach(
            e -> {
              String mutability = e.path("stateMutability").asText();
              if ("function".equals(e.path("type").asText())
                  && !"view".equals(mutability)
                  && !"pure".equals(mutability)) {
                mutating.add(e.path("name").asText());
              }
            });

    assertThat(mutating)
        .containsExactlyInAnyOrder(
            "submitBatch",
            "claim",
            "depositEth",
            "depositToken",
            "freeze",
            "exit",
            "reclaimDeposit",
            "requestForcedWithdrawal",
            "registerToken",
            "proposeProofVerifier",
            "proposeDaVerifier",
            "activateProofVerifier",
            "activateDaVerifier");
  }

  @Test
  void letsOnlyTheOwnerRotateTheCommitteeOrProposeAVerifier() {
    byte[] rotate =
        Abi.call(
            "rotate(address[],uint16,uint64)",
            Abi.addresses(CommitteeKeys.addresses(d.members)),
            uint(3),
            uint(5));
    l1.assertReverts(l1.account(5), d.committee, rotate, "NotOwner()");
    l1.assertReverts(
        l1.account(5),
        d.validium,
        Abi.call("proposeProofVerifier(address)", address(l1.account(5))),
        "NotOwner()");
  }

  @Test
  void refusesACommitteeThatIsNotStrictlyIncreasingOrHasAnImpossibleThreshold() {
    List<String> members = new ArrayList<>(CommitteeKeys.addresses(d.members));
    List<String> reversed = new ArrayList<>(members);
    java.util.Collections.reverse(reversed);
    String error = "BadKeyset(string)";
    l1.assertReverts(
        d.owner,
        d.committee,
        Abi.call("rotate(address[],uint16,uint64)", Abi.addresses(reversed), uint(3), uint(5)),
        error);
    l1.assertReverts(
        d.owner,
        d.committee,
        Abi.call("rotate(address[],uint16,uint64)", Abi.addresses(members), uint(6), uint(5)),
        error);
    l1.assertReverts(
        d.owner,
        d.committee,
        Abi.call("rotate(address[],uint16,uint64)", Abi.addresses(members), uint(0), uint(5)),
        error);
  }

  @Test
  void letsOnlyTheOwnerRegisterATokenAndOnlyOncePerIdAndToken() {
    String token = l1.deploy(contracts.contract("TestToken").bytecode(), new byte[0]);
    byte[] register = Abi.call("registerToken(uint16,address)", uint(1), address(token));
    l1.assertReverts(l1.account(5), d.validium, register, "NotOwner()");
    l1.send(d.owner, d.validium, register);
    l1.assertReverts(d.owner, d.validium, register, "TokenAlreadyRegistered()");
    l1.assertReverts(
        d.owner,
        d.validium,
        Abi.call("registerToken(uint16,address)", uint(2), address(token)),
        "TokenAlreadyRegistered()");
    l1.assertReverts(
        d.owner,
        d.validium,
        Abi.call("registerToken(uint16,address)", uint(16), address(token)),
        "UnknownToken(uint16)");
  }

  @Test
  void replacesTheProofVerifierOnlyAfterTheDelay() {
    String replacement = l1.deploy(verifier, new byte[0]);
    assertReplacedAfterTheDelay("ProofVerifier", "proofVerifier()", replacement);
  }

  @Test
  void replacesTheDaVerifierOnlyAfterTheDelay() {
    String replacement =
        l1.deploy(
            contracts.contract("CommitteeVerifier").bytecode(),
            Abi.encode(
                address(d.owner), Abi.addresses(CommitteeKeys.addresses(d.members)), uint(5)));
    assertReplacedAfterTheDelay("DaVerifier", "daVerifier()", replacement);
    // The new verifier's threshold (5 of 5) now applies.
    assertSubmitReverts(batchWithTwoDeposits().header(), 3, "TooFewSignatures(uint256,uint256)");
  }

  private void assertReplacedAfterTheDelay(String which, String getter, String replacement) {
    l1.send(d.owner, d.validium, Abi.call("propose" + which + "(address)", address(replacement)));
    byte[] activate = Abi.call("activate" + which + "()");
    l1.assertReverts(l1.account(5), d.validium, activate, "TooEarly(uint64)");

    l1.mine(d.upgradeDelayBlocks);
    l1.send(l1.account(5), d.validium, activate);

    assertThat(d.read(getter)).isEqualTo(Abi.addressValue(replacement));
    l1.assertReverts(l1.account(5), d.validium, activate, "NothingPending()");
  }
}
