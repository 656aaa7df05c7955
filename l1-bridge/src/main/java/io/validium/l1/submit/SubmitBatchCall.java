package io.validium.l1.submit;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Keccak256;
import io.validium.core.state.L1Withdrawal;
import io.validium.zk.groth16.Proof;
import io.validium.zk.solidity.SolidityCalldata;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.StaticArray2;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint96;
import org.web3j.utils.Numeric;

/** The calldata of {@code submitBatch} (protocol.md 10.1), and of the verifier's own check. */
public final class SubmitBatchCall {

  public static final String SIGNATURE =
      "submitBatch((uint64,bytes32,bytes32,bytes32,bytes32),(uint256[2],uint256[2][2],uint256[2]),"
          + "bytes,uint64,(address,uint16,uint96)[])";

  private static final String VERIFY =
      "verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[4])";

  private SubmitBatchCall() {}

  /** submitBatch(header, proof, certificate, depositCountAfter, withdrawals). */
  public static byte[] encode(Submission s) {
    BatchHeader h = s.header();
    List<Type> args = new ArrayList<>();
    args.add(
        new StaticStruct(
            new Uint64(h.number().value()),
            word(h.oldRoot().value().toBigInteger()),
            word(h.newRoot().value().toBigInteger()),
            word(h.commitment().value().toBigInteger()),
            word(h.l1OpsCommitment().value().toBigInteger())));
    args.add(proof(s.proof()));
    args.add(new DynamicBytes(s.certificate()));
    args.add(new Uint64(s.depositCountAfter()));
    List<StaticStruct> ws = new ArrayList<>();
    for (L1Withdrawal w : s.withdrawals()) {
      ws.add(
          new StaticStruct(
              new Address(w.recipient().toString()),
              new Uint16(w.token().value()),
              new Uint96(w.amount().toBigInteger())));
    }
    args.add(new DynamicArray<>(StaticStruct.class, ws));
    return withSelector(SIGNATURE, args);
  }

  /** The exported verifier's verifyProof(a, b, c, inputs) for the header's public inputs. */
  public static byte[] verifyProof(Proof proof, BatchHeader h) {
    List<BigInteger> p = SolidityCalldata.proofWords(proof);
    List<Type> args = new ArrayList<>();
    args.add(new StaticArray2<>(Uint256.class, new Uint256(p.get(0)), new Uint256(p.get(1))));
    args.add(
        new StaticArray2<>(
            StaticArray2.class,
            new StaticArray2<>(Uint256.class, new Uint256(p.get(2)), new Uint256(p.get(3))),
            new StaticArray2<>(Uint256.class, new Uint256(p.get(4)), new Uint256(p.get(5)))));
    args.add(new StaticArray2<>(Uint256.class, new Uint256(p.get(6)), new Uint256(p.get(7))));
    List<Uint256> inputs =
        h.publicInputs().stream().map(f -> new Uint256(f.toBigInteger())).toList();
    args.add(new org.web3j.abi.datatypes.generated.StaticArray4<>(Uint256.class, inputs));
    return withSelector(VERIFY, args);
  }

  private static StaticStruct proof(Proof proof) {
    List<BigInteger> p = SolidityCalldata.proofWords(proof);
    return new StaticStruct(
        new StaticArray2<>(Uint256.class, new Uint256(p.get(0)), new Uint256(p.get(1))),
        new StaticArray2<>(
            StaticArray2.class,
            new StaticArray2<>(Uint256.class, new Uint256(p.get(2)), new Uint256(p.get(3))),
            new StaticArray2<>(Uint256.class, new Uint256(p.get(4)), new Uint256(p.get(5)))),
        new StaticArray2<>(Uint256.class, new Uint256(p.get(6)), new Uint256(p.get(7))));
  }

  private static Bytes32 word(BigInteger v) {
    return new Bytes32(Numeric.toBytesPadded(v, 32));
  }

  @SuppressWarnings("rawtypes")
  private static byte[] withSelector(String signature, List<Type> args) {
    byte[] selector =
        Arrays.copyOf(Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)), 4);
    byte[] encoded = Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(args));
    byte[] out = Arrays.copyOf(selector, 4 + encoded.length);
    System.arraycopy(encoded, 0, out, 4, encoded.length);
    return out;
  }
}
