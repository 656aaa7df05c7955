package io.validium.l1.deploy;

import io.validium.core.state.L2State;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.l1.solc.CompiledContracts;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.solidity.SolidityVerifierExporter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.utils.Numeric;

/**
 * Deploys one Validium: the Poseidon contracts (one per width), the Groth16 verifier exported from
 * a verifying key, the committee verifier and the Validium contract, all owned by the sender.
 */
public final class ContractDeployer {

  /** The Poseidon widths (inputs + 1) the Validium constructor takes, in its order. */
  public static final List<Integer> POSEIDON_WIDTHS = List.of(3, 4, 5, 6, 7);

  /** The name the exported verifier contract gets. */
  public static final String VERIFIER_CONTRACT = "BatchVerifier";

  /** The verifier source for {@code vk}, to compile with the other contracts. */
  public static Map<String, String> verifierSource(VerifyingKey vk) {
    return Map.of(
        VERIFIER_CONTRACT + ".sol", SolidityVerifierExporter.export(vk, VERIFIER_CONTRACT));
  }

  /** What to deploy besides the code. */
  public record Parameters(
      List<Address> committee,
      int threshold,
      long depositDeadlineBlocks,
      long upgradeDelayBlocks,
      int balanceDepth,
      boolean forcedWithdrawals) {
    public Parameters {
      committee = List.copyOf(committee);
    }
  }

  /** The deployed addresses. */
  public record Deployed(
      Address owner,
      Address proofVerifier,
      Address daVerifier,
      Address validium,
      List<Address> poseidon) {
    public Deployed {
      poseidon = List.copyOf(poseidon);
    }
  }

  private ContractDeployer() {}

  /**
   * Deploys with {@code creator}; {@code verifierBytecode} is the compiled exported verifier, the
   * other contracts come from {@code contracts}. The committee must be in increasing address order.
   */
  public static Deployed deploy(
      ContractCreator creator, CompiledContracts contracts, byte[] verifierBytecode, Parameters p) {
    List<Address> hashers = new ArrayList<>();
    for (int t : POSEIDON_WIDTHS) {
      hashers.add(creator.create("PoseidonT" + t, contracts.contract("PoseidonT" + t).bytecode()));
    }
    Address verifier = creator.create(VERIFIER_CONTRACT, verifierBytecode);
    Address owner = creator.sender();
    Address committee =
        creator.create(
            "CommitteeVerifier",
            withArgs(
                contracts.contract("CommitteeVerifier").bytecode(),
                List.of(
                    address(owner),
                    new DynamicArray<>(
                        org.web3j.abi.datatypes.Address.class,
                        p.committee().stream().map(ContractDeployer::address).toList()),
                    new Uint16(p.threshold()))));
    List<Type> args = new ArrayList<>();
    args.add(address(owner));
    args.add(new Bytes32(Numeric.toBytesPadded(genesisRoot(p.balanceDepth()), 32)));
    args.add(address(verifier));
    args.add(address(committee));
    // The Hashers struct is static: its five addresses are encoded inline.
    hashers.forEach(h -> args.add(address(h)));
    args.add(new Uint64(p.depositDeadlineBlocks()));
    args.add(new Uint64(p.upgradeDelayBlocks()));
    args.add(new Bool(p.forcedWithdrawals()));
    Address validium =
        creator.create("Validium", withArgs(contracts.contract("Validium").bytecode(), args));
    return new Deployed(owner, verifier, committee, validium, hashers);
  }

  /** The root of the empty state with {@code balanceDepth}: the genesis root of a deployment. */
  public static BigInteger genesisRoot(int balanceDepth) {
    // The empty root does not depend on the domain.
    Domain any = new Domain(ChainId.of(1), Address.ZERO);
    return new L2State(any, balanceDepth).root().value().toBigInteger();
  }

  private static byte[] withArgs(byte[] code, List<Type> args) {
    byte[] encoded = Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(args));
    byte[] out = new byte[code.length + encoded.length];
    System.arraycopy(code, 0, out, 0, code.length);
    System.arraycopy(encoded, 0, out, code.length, encoded.length);
    return out;
  }

  private static org.web3j.abi.datatypes.Address address(Address a) {
    return new org.web3j.abi.datatypes.Address(a.toString());
  }
}
