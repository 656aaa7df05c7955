package io.validium.l1.contracts;

import io.validium.zk.testing.evm.EvmToolchain;
import io.validium.zk.testing.evm.Solc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Solidity of {@code l1-bridge/contracts} and of the test contracts, compiled once per JVM with
 * the pinned solc: solc-js takes tens of seconds for the unrolled Poseidon contracts.
 */
final class ContractSources {

  /** Compiled on its own with the Yul optimizer off (see Solc#compile). */
  static final String POSEIDON = "Poseidon.sol";

  private static Solc.Output compiled;

  private ContractSources() {}

  /** l1-bridge/contracts. */
  static Path contractsDir() {
    return moduleDir().resolve("contracts");
  }

  /** Every contract, compiled; fails on any compiler error. */
  static synchronized Solc.Output compiled(EvmToolchain tools) {
    if (compiled == null) {
      Map<String, String> sources = new TreeMap<>(read(contractsDir()));
      sources.putAll(read(moduleDir().resolve("src/test/solidity")));
      String poseidon = sources.remove(POSEIDON);
      Solc.Output main = Solc.compile(tools, sources);
      Solc.Output hashes = Solc.compile(tools, Map.of(POSEIDON, poseidon), false);
      List<String> errors = new ArrayList<>(main.errors());
      errors.addAll(hashes.errors());
      if (!errors.isEmpty()) {
        throw new AssertionError("solc errors: " + errors);
      }
      Map<String, Solc.Contract> all = new HashMap<>(main.contracts());
      all.putAll(hashes.contracts());
      compiled = new Solc.Output(List.of(), main.warnings(), Map.copyOf(all));
    }
    return compiled;
  }

  private static Map<String, String> read(Path dir) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sol")).toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The l1-bridge module: Surefire runs in it; from the repository root it is a child. */
  static Path moduleDir() {
    String root = System.getProperty("validium.repo.root");
    if (root != null && Files.isDirectory(Path.of(root, "l1-bridge/contracts"))) {
      return Path.of(root, "l1-bridge");
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("contracts")) ? here : here.resolve("l1-bridge");
  }
}
