package io.validium.zk.testing.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles Solidity with the pinned solc-js through its standard-JSON interface, optimizer on (200
 * runs), as a deployment would.
 */
public final class Solc {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private Solc() {}

  /** A compiled contract: its ABI, creation bytecode and selectors by signature. */
  public record Contract(
      String name, JsonNode abi, byte[] bytecode, Map<String, String> selectors) {}

  /** What solc said: diagnostics by severity, and the contracts if there was no error. */
  public record Output(
      List<String> errors, List<String> warnings, Map<String, Contract> contracts) {

    /** The contract {@code name}; fails, listing the errors, if compilation did not produce it. */
    public Contract contract(String name) {
      Contract c = contracts.get(name);
      if (c == null) {
        throw new AssertionError("solc produced no contract " + name + ": " + errors);
      }
      return c;
    }
  }

  /** Compiles one source file named {@code fileName}. */
  public static Output compile(EvmToolchain tools, String fileName, String source) {
    return compile(tools, Map.of(fileName, source));
  }

  /**
   * Compiles several source files, by file name, in one run of solc, whose start-up dominates the
   * time of small compilations. Contract names must differ across the files.
   */
  public static Output compile(EvmToolchain tools, Map<String, String> sources) {
    return compile(tools, sources, true);
  }

  /**
   * Compiles with the optimizer on (200 runs); {@code yulOptimizer} false turns off only its Yul
   * stage, which hand-scheduled assembly such as l1-bridge's Poseidon.sol needs: it would otherwise
   * merge that code's values into more simultaneous stack slots than the EVM can reach.
   */
  public static Output compile(
      EvmToolchain tools, Map<String, String> sources, boolean yulOptimizer) {
    ProcessRunner.Result r =
        ProcessRunner.run(
            tools.home(),
            List.of("node", tools.solcJs().toString(), "--standard-json"),
            input(sources, yulOptimizer),
            TIMEOUT);
    if (!r.succeeded()) {
      throw new IllegalStateException("solc failed:\n" + r.stdout() + r.stderr());
    }
    return output(r.stdout());
  }

  private static String input(Map<String, String> sources, boolean yulOptimizer) {
    ObjectNode in = JSON.createObjectNode();
    in.put("language", "Solidity");
    ObjectNode files = in.putObject("sources");
    sources.forEach((name, source) -> files.putObject(name).put("content", source));
    ObjectNode settings = in.putObject("settings");
    ObjectNode optimizer = settings.putObject("optimizer").put("enabled", true).put("runs", 200);
    if (!yulOptimizer) {
      optimizer.putObject("details").put("yul", false);
    }
    settings
        .putObject("outputSelection")
        .putObject("*")
        .putArray("*")
        .add("abi")
        .add("evm.bytecode.object")
        .add("evm.methodIdentifiers");
    return in.toString();
  }

  private static Output output(String stdout) {
    JsonNode out;
    try {
      // solc-js may print a notice before the JSON document.
      out = JSON.readTree(stdout.substring(Math.max(0, stdout.indexOf('{'))));
    } catch (IOException e) {
      throw new IllegalStateException("solc printed no JSON:\n" + stdout, e);
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (JsonNode d : out.path("errors")) {
      String text = d.path("formattedMessage").asText(d.path("message").asText());
      ("error".equals(d.path("severity").asText()) ? errors : warnings).add(text);
    }
    Map<String, Contract> contracts = new LinkedHashMap<>();
    out.path("contracts")
        .forEach(
            file ->
                file.fields()
                    .forEachRemaining(
                        e -> contracts.put(e.getKey(), contract(e.getKey(), e.getValue()))));
    return new Output(List.copyOf(errors), List.copyOf(warnings), Map.copyOf(contracts));
  }

  private static Contract contract(String name, JsonNode c) {
    Map<String, String> selectors = new LinkedHashMap<>();
    c.path("evm")
        .path("methodIdentifiers")
        .fields()
        .forEachRemaining(e -> selectors.put(e.getKey(), e.getValue().asText()));
    byte[] bytecode =
        HexFormat.of().parseHex(c.path("evm").path("bytecode").path("object").asText());
    return new Contract(name, c.path("abi"), bytecode, Map.copyOf(selectors));
  }
}
