package io.validium.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.zk.testing.evm.Anvil;
import io.validium.zk.testing.evm.EthRpc;
import io.validium.zk.testing.evm.JsonRpcException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;

/** Transactions on a local anvil from its unlocked accounts, with value, and revert checks. */
final class L1 {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private final EthRpc rpc;
  private final List<String> accounts;

  L1(Anvil anvil) {
    this.rpc = anvil.rpc();
    this.accounts = rpc.accounts();
  }

  EthRpc rpc() {
    return rpc;
  }

  /** Unlocked, funded account {@code i} (0..9). */
  String account(int i) {
    return accounts.get(i);
  }

  /** Sends a transaction that must succeed; returns its receipt. */
  JsonNode send(String from, String to, byte[] data, BigInteger value) {
    JsonNode receipt =
        rpc.receipt(rpc.call("eth_sendTransaction", tx(from, to, data, value)).asText());
    assertThat(receipt.path("status").asText()).as("status of %s", receipt).isEqualTo("0x1");
    return receipt;
  }

  JsonNode send(String from, String to, byte[] data) {
    return send(from, to, data, BigInteger.ZERO);
  }

  /** The gas the transaction used. */
  static long gasUsed(JsonNode receipt) {
    return Long.decode(receipt.get("gasUsed").asText());
  }

  /** Deploys creation code plus constructor arguments from account 0. */
  String deploy(byte[] creationCode, byte[] constructorArgs) {
    return rpc.deploy(Abi.concat(creationCode, constructorArgs));
  }

  /**
   * Asserts that the transaction would revert with custom error {@code errorSignature}, by an
   * eth_call from the same sender at the latest block, whose error carries the revert data.
   */
  void assertReverts(String from, String to, byte[] data, BigInteger value, String errorSignature) {
    assertThatThrownBy(() -> rpc.call("eth_call", tx(from, to, data, value), text("latest")))
        .isInstanceOf(JsonRpcException.class)
        .hasMessageContaining("0x" + Abi.selectorHex(errorSignature));
  }

  void assertReverts(String from, String to, byte[] data, String errorSignature) {
    assertReverts(from, to, data, BigInteger.ZERO, errorSignature);
  }

  /** eth_call at the latest block. */
  byte[] call(String to, byte[] data) {
    return rpc.ethCall(to, data);
  }

  BigInteger balance(String address) {
    return new BigInteger(
        strip(rpc.call("eth_getBalance", text(address), text("latest")).asText()), 16);
  }

  /** Sets an account's ETH balance (anvil_setBalance). */
  void setBalance(String address, BigInteger wei) {
    rpc.call("anvil_setBalance", text(address), text("0x" + wei.toString(16)));
  }

  long chainId() {
    return Long.decode(rpc.call("eth_chainId").asText());
  }

  long blockNumber() {
    return Long.decode(rpc.call("eth_blockNumber").asText());
  }

  /** Mines {@code blocks} empty blocks. */
  void mine(long blocks) {
    rpc.call("anvil_mine", JSON.getNodeFactory().textNode("0x" + Long.toHexString(blocks)));
  }

  private static ObjectNode tx(String from, String to, byte[] data, BigInteger value) {
    ObjectNode tx = JSON.createObjectNode();
    tx.put("from", from);
    tx.put("to", to);
    tx.put("data", "0x" + HEX.formatHex(data));
    tx.put("value", "0x" + value.toString(16));
    return tx;
  }

  private static JsonNode text(String s) {
    return JSON.getNodeFactory().textNode(s);
  }

  private static String strip(String hex) {
    return hex.startsWith("0x") ? hex.substring(2) : hex;
  }
}
