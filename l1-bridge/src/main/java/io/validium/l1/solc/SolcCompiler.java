package io.validium.l1.solc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The pinned solc-js of {@code tools/evm}, run with node through its standard-JSON interface, the
 * optimizer on (200 runs) as the deployment compiles. Input and output go through files: solc-js
 * reads stdin with one non-blocking read and fails with EAGAIN on a pipe once the input outgrows
 * the pipe buffer, and a hung node still meets the time limit.
 */
public final class SolcCompiler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final Path solcJs;

  /** A compiler running {@code solcJs} (node_modules/solc/solc.js) with node. */
  public SolcCompiler(Path solcJs) {
    if (!Files.isRegularFile(solcJs)) {
      throw new IllegalArgumentException("solc-js not found at " + solcJs);
    }
    this.solcJs = solcJs.toAbsolutePath();
  }

  /** The solc.js this compiler runs. */
  public Path solcJs() {
    return solcJs;
  }

  /**
   * Compiles {@code sources} (by file name) in one run; {@code yulOptimizer} false turns off only
   * the optimizer's Yul stage, which hand-scheduled assembly (Poseidon.sol) needs.
   */
  public CompiledContracts compile(Map<String, String> sources, boolean yulOptimizer) {
    Path in = null;
    Path out = null;
    Path err = null;
    try {
      in = Files.createTempFile("solc-in", ".json");
      out = Files.createTempFile("solc-out", ".json");
      err = Files.createTempFile("solc-err", ".txt");
      Files.writeString(in, input(sources, yulOptimizer), StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(List.of("node", solcJs.toString(), "--standard-json"))
              .directory(solcJs.getParent().toFile())
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new SolcException("solc did not finish within " + TIMEOUT.toMinutes() + " minutes");
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new SolcException(
            "solc exited with " + p.exitValue() + ": " + Files.readString(err) + stdout);
      }
      return output(stdout);
    } catch (IOException e) {
      throw new SolcException("cannot run node " + solcJs + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolcException("interrupted while solc ran");
    } finally {
      delete(in);
      delete(out);
      delete(err);
    }
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

  private static CompiledContracts output(String stdout) {
    JsonNode out;
    try {
      // solc-js may print a notice before the JSON document.
      out = JSON.readTree(stdout.substring(Math.max(0, stdout.indexOf('{'))));
    } catch (IOException e) {
      throw new SolcException("solc printed no JSON: " + stdout);
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (JsonNode d : out.path("errors")) {
      String text = d.path("formattedMessage").asText(d.path("message").asText());
      ("error".equals(d.path("severity").asText()) ? errors : warnings).add(text);
    }
    Map<String, CompiledContracts.Contract> contracts = new LinkedHashMap<>();
    out.path("contracts")
        .forEach(
            file ->
                file.fields()
                    .forEachRemaining(
                        e -> contracts.put(e.getKey(), contract(e.getKey(), e.getValue()))));
    return new CompiledContracts(errors, warnings, contracts);
  }

  private static CompiledContracts.Contract contract(String name, JsonNode c) {
    Map<String, String> selectors = new LinkedHashMap<>();
    c.path("evm")
        .path("methodIdentifiers")
        .fields()
        .forEachRemaining(e -> selectors.put(e.getKey(), e.getValue().asText()));
    byte[] bytecode =
        HexFormat.of().parseHex(c.path("evm").path("bytecode").path("object").asText());
    return new CompiledContracts.Contract(name, c.path("abi"), bytecode, selectors);
  }

  private static void delete(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
