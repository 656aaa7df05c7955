package io.validium.zk.testing.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The few Ethereum JSON-RPC methods the contract tests use, over the JDK's HttpClient: deploying
 * from an unlocked account, reading receipts, eth_call and eth_estimateGas.
 */
public final class EthRpc {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI endpoint;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  /** A client of the node at {@code endpoint}. */
  public EthRpc(URI endpoint) {
    this.endpoint = endpoint;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Calls {@code method} with {@code params} and returns the result member. */
  public JsonNode call(String method, JsonNode... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (JsonNode p : params) {
      array.add(p);
    }
    JsonNode response = post(request.toString());
    if (response.has("error")) {
      throw new JsonRpcException(method + ": " + response.get("error"));
    }
    return response.get("result");
  }

  /** The node's unlocked accounts. */
  public List<String> accounts() {
    List<String> out = new ArrayList<>();
    call("eth_accounts").forEach(a -> out.add(a.asText()));
    return out;
  }

  /** Deploys {@code creationCode} from the first unlocked account; returns the address. */
  public String deploy(byte[] creationCode) {
    ObjectNode tx = JSON.createObjectNode();
    tx.put("from", accounts().get(0));
    tx.put("data", hex(creationCode));
    String hash = call("eth_sendTransaction", tx).asText();
    JsonNode receipt = receipt(hash);
    if (!"0x1".equals(receipt.path("status").asText())) {
      throw new IllegalStateException("deployment failed: " + receipt);
    }
    return receipt.get("contractAddress").asText();
  }

  /** Sends {@code data} to {@code to} from the first unlocked account; returns the receipt. */
  public JsonNode transact(String to, byte[] data) {
    ObjectNode tx = message(to, data);
    tx.put("from", accounts().get(0));
    return receipt(call("eth_sendTransaction", tx).asText());
  }

  /**
   * The receipt of {@code txHash}. anvil mines each transaction as it arrives, so a receipt that is
   * still missing after a short wait means something went wrong.
   */
  public JsonNode receipt(String txHash) {
    for (int attempt = 0; attempt < 50; attempt++) {
      JsonNode receipt = call("eth_getTransactionReceipt", JSON.getNodeFactory().textNode(txHash));
      if (receipt != null && !receipt.isNull()) {
        return receipt;
      }
      sleep(100);
    }
    throw new IllegalStateException("no receipt for " + txHash);
  }

  /** eth_call of {@code data} to {@code to} at the latest block; returns the output bytes. */
  public byte[] ethCall(String to, byte[] data) {
    return HEX.parseHex(strip(call("eth_call", message(to, data), text("latest")).asText()));
  }

  /** eth_call as {@link #ethCall(String, byte[])}, with a gas limit of {@code gas}. */
  public byte[] ethCall(String to, byte[] data, long gas) {
    ObjectNode message = message(to, data);
    message.put("gas", "0x" + Long.toHexString(gas));
    return HEX.parseHex(strip(call("eth_call", message, text("latest")).asText()));
  }

  /** eth_estimateGas of {@code data} sent to {@code to} from the first unlocked account. */
  public long estimateGas(String to, byte[] data) {
    ObjectNode message = message(to, data);
    message.put("from", accounts().get(0));
    return Long.decode(call("eth_estimateGas", message).asText());
  }

  private static ObjectNode message(String to, byte[] data) {
    ObjectNode message = JSON.createObjectNode();
    message.put("to", to);
    message.put("data", hex(data));
    return message;
  }

  private static JsonNode text(String value) {
    return JSON.getNodeFactory().textNode(value);
  }

  private static String hex(byte[] bytes) {
    return "0x" + HEX.formatHex(bytes);
  }

  private static String strip(String hex) {
    return hex.startsWith("0x") ? hex.substring(2) : hex;
  }

  private JsonNode post(String body) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "JSON-RPC answered HTTP " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("JSON-RPC to " + endpoint + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during JSON-RPC", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a receipt", e);
    }
  }
}
