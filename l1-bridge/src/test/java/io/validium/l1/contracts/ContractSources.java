package io.validium.l1.contracts;

import io.validium.l1.solc.CompiledContracts;
import io.validium.l1.solc.ContractBundle;
import io.validium.l1.solc.SolcCompiler;
import io.validium.zk.testing.evm.EvmToolchain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Solidity of {@code l1-bridge/contracts} and of the test contracts, compiled once per JVM as
 * the deploy command compiles them ({@link ContractBundle}): solc-js takes tens of seconds for the
 * unrolled Poseidon contracts.
 */
public final class ContractSources {

  private static CompiledContracts compiled;

  private ContractSources() {}

  /** l1-bridge/contracts. */
  static Path contractsDir() {
    return moduleDir().resolve("contracts");
  }

  /** Every contract, compiled; fails on any compiler error. */
  public static synchronized CompiledContracts compiled(EvmToolchain tools) {
    if (compiled == null) {
      Map<String, String> sources = new TreeMap<>(read(contractsDir()));
      sources.putAll(read(moduleDir().resolve("src/test/solidity")));
      compiled = ContractBundle.compile(solc(tools), sources);
    }
    return compiled;
  }

  /** The main code's compiler, running the test toolchain's solc-js. */
  static SolcCompiler solc(EvmToolchain tools) {
    return new SolcCompiler(tools.solcJs());
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
