package io.validium.l1.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.zk.testing.evm.EvmToolchain;
import io.validium.zk.testing.evm.Solc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * solc-js's standard-JSON compilation with its input read from a file rather than a pipe: solc-js
 * reads stdin with one non-blocking readFileSync, which fails with EAGAIN ("Broken pipe" on the
 * writing side) once the input outgrows the pipe buffer, as the Poseidon constants do.
 */
final class SolcFromFile {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_MINUTES = 5;

  private SolcFromFile() {}

  /** Compiles the sources (file name to text), optimizer on with 200 runs as Solc does. */
  static Solc.Output compile(EvmToolchain tools, Map<String, String> sources) {
    return compile(tools, sources, true);
  }

  /**
   * Compiles with the optimizer on (200 runs); {@code yulOptimizer} false turns off only its Yul
   * stage, which the hand-scheduled assembly of Poseidon.sol needs: it would otherwise merge that
   * code's values into more simultaneous stack slots than the EVM can reach.
   */
  static Solc.Output compile(
      EvmToolchain tools, Map<String, String> sources, boolean yulOptimizer) {
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
    Path input = null;
    Path output = null;
    try {
      input = Files.createTempFile("solc-in", ".json");
      output = Files.createTempFile("solc-out", ".json");
      Files.writeString(input, in.toString());
      Process p =
          new ProcessBuilder("node", tools.solcJs().toString(), "--standard-json")
              .directory(tools.home().toFile())
              .redirectInput(input.toFile())
              .redirectOutput(output.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("solc did not finish in " + TIMEOUT_MINUTES + " min");
      }
      String out = Files.readString(output);
      if (p.exitValue() != 0) {
        throw new IllegalStateException("solc failed:\n" + out);
      }
      return parse(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solc runs", e);
    } finally {
      delete(input);
      delete(output);
    }
  }

  private static Solc.Output parse(String stdout) throws IOException {
    // solc-js may print a notice before the JSON document.
    JsonNode out = JSON.readTree(stdout.substring(Math.max(0, stdout.indexOf('{'))));
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (JsonNode d : out.path("errors")) {
      String text = d.path("formattedMessage").asText(d.path("message").asText());
      ("error".equals(d.path("severity").asText()) ? errors : warnings).add(text);
    }
    Map<String, Solc.Contract> contracts = new LinkedHashMap<>();
    out.path("contracts")
        .forEach(
            file ->
                file.fields()
                    .forEachRemaining(
                        e -> contracts.put(e.getKey(), contract(e.getKey(), e.getValue()))));
    return new Solc.Output(List.copyOf(errors), List.copyOf(warnings), Map.copyOf(contracts));
  }

  private static Solc.Contract contract(String name, JsonNode c) {
    Map<String, String> selectors = new LinkedHashMap<>();
    c.path("evm")
        .path("methodIdentifiers")
        .fields()
        .forEachRemaining(e -> selectors.put(e.getKey(), e.getValue().asText()));
    byte[] bytecode =
        HexFormat.of().parseHex(c.path("evm").path("bytecode").path("object").asText());
    return new Solc.Contract(name, c.path("abi"), bytecode, Map.copyOf(selectors));
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temp file is harmless.
      }
    }
  }
}
