package io.validium.l1.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.Keccak256;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.l1.contracts.ContractSources;
import io.validium.l1.deploy.ContractCreator;
import io.validium.l1.deploy.ContractDeployer;
import io.validium.l1.deploy.DeploymentFile;
import io.validium.l1.solc.CompiledContracts;
import io.validium.zk.testing.evm.EthRpc;
import io.validium.zk.testing.evm.EvmToolchain;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.utils.Numeric;

/** A deployment on an {@link AnvilNode} from its unlocked account 0, and L1 actions on it. */
public final class ChainFixture {

  private static final ObjectMapper JSON = new ObjectMapper();

  public final AnvilNode anvil;
  public final EthRpc rpc;
  public final List<String> accounts;
  public final DeploymentFile deployment;

  private ChainFixture(AnvilNode anvil, DeploymentFile deployment) {
    this.anvil = anvil;
    this.rpc = anvil.rpc();
    this.accounts = rpc.accounts();
    this.deployment = deployment;
  }

  /** Deploys the contracts with {@code verifierBytecode} and a committee of {@code members}. */
  public static ChainFixture deploy(
      AnvilNode anvil, byte[] verifierBytecode, List<Address> members, int threshold) {
    EthRpc rpc = anvil.rpc();
    String owner = rpc.accounts().get(0);
    CompiledContracts contracts = ContractSources.compiled(EvmToolchain.require());
    long[] last = new long[1];
    ContractCreator creator =
        new ContractCreator() {
          @Override
          public Address sender() {
            return Address.parse(owner);
          }

          @Override
          public Address create(String label, byte[] code) {
            ObjectNode tx = JSON.createObjectNode();
            tx.put("from", owner);
            tx.put("data", Numeric.toHexString(code));
            JsonNode r = rpc.receipt(rpc.call("eth_sendTransaction", tx).asText());
            last[0] = Long.decode(r.get("blockNumber").asText());
            return Address.parse(r.get("contractAddress").asText());
          }
        };
    ContractDeployer.Deployed d =
        ContractDeployer.deploy(
            creator,
            contracts,
            verifierBytecode,
            new ContractDeployer.Parameters(members, threshold, 100, 10, 4, true));
    long chainId = Long.decode(rpc.call("eth_chainId").asText());
    return new ChainFixture(
        anvil,
        new DeploymentFile(
            ChainId.of(chainId),
            d.validium(),
            d.daVerifier(),
            d.proofVerifier(),
            last[0],
            d.owner(),
            1,
            4));
  }

  /** A deterministic L2 key named {@code name}. */
  public static EdDsaPrivateKey user(String name) {
    return EdDsaPrivateKey.fromBytes(Keccak256.hash(name.getBytes(StandardCharsets.UTF_8)));
  }

  /** depositEth from account {@code from} of {@code wei}; returns the receipt. */
  public JsonNode depositEth(int from, int accountId, EdDsaPrivateKey key, long wei) {
    byte[] data =
        Numeric.hexStringToByteArray(
            FunctionEncoder.encode(
                new Function(
                    "depositEth",
                    List.of(
                        new Uint32(accountId),
                        new Uint256(key.publicKey().x().toBigInteger()),
                        new Uint256(key.publicKey().y().toBigInteger())),
                    List.of())));
    ObjectNode tx = JSON.createObjectNode();
    tx.put("from", accounts.get(from));
    tx.put("to", deployment.validium().toString());
    tx.put("data", Numeric.toHexString(data));
    tx.put("value", "0x" + BigInteger.valueOf(wei).toString(16));
    JsonNode r = rpc.receipt(rpc.call("eth_sendTransaction", tx).asText());
    if (!"0x1".equals(r.path("status").asText())) {
      throw new IllegalStateException("deposit reverted: " + r);
    }
    return r;
  }

  /**
   * requestForcedWithdrawal (protocol.md 17.1) from account {@code from}, signed by {@code key} for
   * the account's request nonce {@code requestNonce}; returns the receipt.
   */
  public JsonNode requestForcedWithdrawal(
      int from,
      int accountId,
      EdDsaPrivateKey key,
      int tokenId,
      long amount,
      Address recipient,
      long requestNonce) {
    Domain domain = new Domain(deployment.chainId(), deployment.validium());
    BigInteger header =
        BigInteger.valueOf(5 + ((long) accountId << 8) + ((long) tokenId << 32))
            .add(BigInteger.valueOf(requestNonce).shiftLeft(48));
    var sig =
        key.sign(
            Poseidon.hash(
                domain.hash(),
                Fr.fromBigInteger(header),
                Fr.of(amount),
                Fr.fromBigInteger(recipient.toBigInteger())));
    String signature =
        "requestForcedWithdrawal(uint32,uint16,uint96,address,uint256,uint256,"
            + "(uint256,uint256,uint256))";
    StringBuilder data =
        new StringBuilder(
            Numeric.toHexString(Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)))
                .substring(0, 10));
    for (BigInteger w :
        List.of(
            BigInteger.valueOf(accountId),
            BigInteger.valueOf(tokenId),
            BigInteger.valueOf(amount),
            recipient.toBigInteger(),
            key.publicKey().x().toBigInteger(),
            key.publicKey().y().toBigInteger(),
            sig.r8x().toBigInteger(),
            sig.r8y().toBigInteger(),
            sig.s())) {
      data.append(Numeric.toHexStringNoPrefixZeroPadded(w, 64));
    }
    ObjectNode tx = JSON.createObjectNode();
    tx.put("from", accounts.get(from));
    tx.put("to", deployment.validium().toString());
    tx.put("data", data.toString());
    JsonNode r = rpc.receipt(rpc.call("eth_sendTransaction", tx).asText());
    if (!"0x1".equals(r.path("status").asText())) {
      throw new IllegalStateException("requestForcedWithdrawal reverted: " + r);
    }
    return r;
  }

  public void mine(long blocks) {
    rpc.call("anvil_mine", TextNode.valueOf("0x" + Long.toHexString(blocks)));
  }

  public long blockNumber() {
    return Long.decode(rpc.call("eth_blockNumber").asText());
  }

  /** evm_snapshot's id. */
  public String snapshot() {
    return rpc.call("evm_snapshot").asText();
  }

  /** evm_revert to {@code id}: the blocks after it are gone (a reorg, as the bridge sees it). */
  public void revert(String id) {
    if (!rpc.call("evm_revert", TextNode.valueOf(id)).asBoolean()) {
      throw new IllegalStateException("evm_revert " + id + " failed");
    }
  }
}
