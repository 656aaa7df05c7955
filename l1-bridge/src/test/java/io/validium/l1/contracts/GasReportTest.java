package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.address;
import static io.validium.l1.contracts.Abi.uint;
import static io.validium.l1.contracts.Abi.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.tx.Withdrawal;
import io.validium.l1.solc.CompiledContracts;
import io.validium.zk.testing.evm.Anvil;
import io.validium.zk.testing.evm.EvmToolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the gas of each user-facing operation on anvil, from transaction receipts, and writes
 * the table to {@code l1-bridge/target/gas-report.md}. Gas is deterministic up to the zero bytes of
 * the randomised proof in the call data, so the target for a batch with its proof and a 3-of-5
 * certificate is asserted.
 */
class GasReportTest {

  private static final EdDsaPrivateKey ALICE = Scenario.user("alice");
  private static final EdDsaPrivateKey BOB = Scenario.user("bob");
  private static final long BATCH_TARGET = 350_000;

  private static Anvil anvil;
  private static L1 l1;
  private static CompiledContracts contracts;
  private static BatchProver prover;
  private static byte[] verifier;

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
    }
  }

  @Test
  void writesTheGasReport() throws IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.putAll(committee(5, 3));
    rows.putAll(committee(7, 5));
    rows.putAll(funds());

    StringBuilder md = new StringBuilder();
    md.append("# Gas report (anvil, solc 0.8.37, optimizer 200 runs)\n\n");
    md.append("Gas used by each transaction, from its receipt (21,000 base and calldata");
    md.append(" included). The proof verifier is exported from a 4-public-input key.\n\n");
    md.append("| operation | gas |\n|---|---:|\n");
    rows.forEach(
        (k, v) ->
            md.append("| ").append(k).append(" | ").append(String.format("%,d", v)).append(" |\n"));
    Path out = ContractSources.moduleDir().resolve("target/gas-report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
    System.out.print(md);

    assertThat(rows.get("submitBatch, 3-of-5, 1 deposit, no withdrawal")).isLessThan(BATCH_TARGET);
  }

  private static Map<String, Long> committee(int size, int threshold) {
    Deployment d =
        Deployment.deploy(
            l1,
            contracts,
            verifier,
            CommitteeKeys.members("gas " + size, size),
            threshold,
            100,
            10);
    Scenario s = new Scenario(d, prover);
    String tag = threshold + "-of-" + size;
    Map<String, Long> rows = new LinkedHashMap<>();
    s.depositEth(l1.account(2), 7, ALICE, 10_000);
    // Batch 0 writes the batch counters for the first time; batch 1 is the steady state.
    s.submit(s.nextBatch(), threshold);
    s.depositEth(l1.account(2), 7, ALICE, 10_000);
    rows.put(
        "submitBatch, " + tag + ", 1 deposit, no withdrawal",
        L1.gasUsed(s.submit(s.nextBatch(), threshold)));
    s.withdraw(7, ALICE, 0, 100, l1.account(8));
    rows.put(
        "submitBatch, " + tag + ", no deposit, 1 withdrawal",
        L1.gasUsed(s.submit(s.nextBatch(), threshold)));
    return rows;
  }

  private static Map<String, Long> funds() {
    Deployment d =
        Deployment.deploy(
            l1, contracts, verifier, CommitteeKeys.members("gas funds", 5), 3, 20, 10, true);
    Scenario s = new Scenario(d, prover);
    String token = l1.deploy(contracts.contract("TestToken").bytecode(), new byte[0]);
    l1.send(
        d.owner, d.validium, Abi.call("registerToken(uint16,address)", uint(1), address(token)));
    String holder = l1.account(3);
    l1.send(holder, token, Abi.call("mint(address,uint256)", address(holder), uint(1_000_000)));
    l1.send(
        holder, token, Abi.call("approve(address,uint256)", address(d.validium), uint(1_000_000)));
    Map<String, Long> rows = new LinkedHashMap<>();

    s.depositEth(l1.account(2), 7, ALICE, 10_000);
    rows.put(
        "depositEth, into an existing account",
        L1.gasUsed(s.depositEth(l1.account(2), 7, ALICE, 10_000)));
    rows.put(
        "depositToken (ERC-20), opening an account",
        L1.gasUsed(s.depositToken(holder, 1, 9, BOB, 50_000)));
    s.submit(s.nextBatch(), 3);
    Withdrawal eth = s.withdraw(7, ALICE, 0, 1_000, l1.account(8));
    Withdrawal erc = s.withdraw(9, BOB, 1, 2_000, l1.account(8));
    s.submit(s.nextBatch(), 3);
    rows.put("claim, ETH", L1.gasUsed(l1.send(l1.account(5), d.validium, claim(1, 0, eth))));
    rows.put("claim, ERC-20", L1.gasUsed(l1.send(l1.account(5), d.validium, claim(1, 1, erc))));

    rows.put(
        "requestForcedWithdrawal (EdDSA-Poseidon on L1, queued like a deposit)",
        L1.gasUsed(s.requestForcedWithdrawal(l1.account(5), 7, ALICE, 0, 500, l1.account(8))));
    s.submit(s.nextBatch(), 3);
    s.depositEth(l1.account(2), 7, ALICE, 1);
    l1.mine(21);
    rows.put("freeze", L1.gasUsed(l1.send(l1.account(5), d.validium, Abi.call("freeze()"))));
    rows.put(
        "exit, ETH (24 + 4 Merkle levels, EdDSA-Poseidon on L1)",
        L1.gasUsed(
            l1.send(l1.account(5), d.validium, s.exitCall(7, 0, ALICE, l1.account(6), null))));
    return rows;
  }

  private static byte[] claim(long batch, int index, Withdrawal w) {
    return Abi.call(
        Deployment.CLAIM, uint(batch), uint(index), words(Deployment.withdrawalWords(w)));
  }
}
