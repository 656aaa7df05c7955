package io.validium.l1.submit;

import io.validium.core.crypto.Keccak256;
import io.validium.core.types.Address;
import io.validium.da.committee.Keyset;
import io.validium.l1.eth.EthClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

/**
 * The committee's current keyset as L1 has it: {@code currentEpoch()} of the committee verifier and
 * the members and threshold of that epoch's {@code CommitteeRotated} event.
 */
public final class CommitteeReader {

  private static final String ROTATED =
      Numeric.toHexString(
          Keccak256.hash(
              "CommitteeRotated(uint64,bytes32,uint16,address[],uint64)"
                  .getBytes(StandardCharsets.US_ASCII)));

  /**
   * How far before the Validium contract's block the committee verifier may have been created: the
   * deploy command creates it just before, waiting for each receipt.
   */
  public static final long CREATION_LOOKBACK_BLOCKS = 1000;

  private final EthClient eth;
  private final Address verifier;
  private final long fromBlock;
  private final int maxRange;

  /** A reader of {@code verifier}, created shortly before {@code validiumBlock}. */
  public CommitteeReader(EthClient eth, Address verifier, long validiumBlock, int maxRange) {
    this.eth = eth;
    this.verifier = verifier;
    this.fromBlock = Math.max(0, validiumBlock - CREATION_LOOKBACK_BLOCKS);
    this.maxRange = maxRange;
  }

  /** The current epoch's keyset. */
  public Keyset current() {
    byte[] out =
        eth.call(
            verifier,
            Arrays.copyOf(Keccak256.hash("currentEpoch()".getBytes(StandardCharsets.US_ASCII)), 4));
    long epoch = new BigInteger(1, Arrays.copyOf(out, 32)).longValueExact();
    long head = eth.blockNumber();
    // The newest rotation to this epoch wins; scanning from the newest range back finds it first.
    for (long to = head; to >= fromBlock; to -= maxRange) {
      long from = Math.max(fromBlock, to - maxRange + 1);
      List<Log> logs = new ArrayList<>(eth.logs(verifier, from, to));
      java.util.Collections.reverse(logs);
      for (Log l : logs) {
        if (l.getTopics().size() == 2
            && ROTATED.equalsIgnoreCase(l.getTopics().get(0))
            && Numeric.toBigInt(l.getTopics().get(1)).longValueExact() == epoch) {
          return decode(epoch, l.getData());
        }
      }
    }
    throw new IllegalStateException("no CommitteeRotated event for epoch " + epoch);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Keyset decode(long epoch, String data) {
    List<TypeReference<Type>> types =
        (List)
            List.of(
                new TypeReference<Bytes32>() {},
                new TypeReference<Uint16>() {},
                new TypeReference<DynamicArray<org.web3j.abi.datatypes.Address>>() {},
                new TypeReference<Uint64>() {});
    List<Type> v = FunctionReturnDecoder.decode(data, types);
    int threshold = ((Uint16) v.get(1)).getValue().intValueExact();
    List<Address> members = new ArrayList<>();
    for (Object a : ((DynamicArray) v.get(2)).getValue()) {
      members.add(Address.parse(((org.web3j.abi.datatypes.Address) a).getValue().toLowerCase()));
    }
    return new Keyset(epoch, members, threshold);
  }
}
