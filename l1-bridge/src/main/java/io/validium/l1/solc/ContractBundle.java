package io.validium.l1.solc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Solidity of {@code l1-bridge/contracts}, shipped in the jar, and how it is compiled: {@code
 * Poseidon.sol} on its own with the Yul optimizer off, everything else in one run with it on.
 */
public final class ContractBundle {

  /** Compiled on its own: its hand-scheduled assembly needs the Yul optimizer off. */
  public static final String POSEIDON = "Poseidon.sol";

  /** The files of l1-bridge/contracts (the build copies them into the jar under this path). */
  public static final List<String> FILES =
      List.of(
          "BabyJubjub.sol",
          "CommitteeVerifier.sol",
          "IDAVerifier.sol",
          "IERC20.sol",
          "IGroth16Verifier.sol",
          POSEIDON,
          "PoseidonHashers.sol",
          "Validium.sol");

  private static final String RESOURCES = "/io/validium/l1/contracts/solidity/";

  private ContractBundle() {}

  /** The shipped sources by file name. */
  public static Map<String, String> sources() {
    Map<String, String> out = new TreeMap<>();
    for (String f : FILES) {
      try (InputStream in = ContractBundle.class.getResourceAsStream(RESOURCES + f)) {
        if (in == null) {
          throw new IllegalStateException("contract source " + f + " is missing from the jar");
        }
        out.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * Compiles {@code sources} (the shipped ones, plus any extra such as an exported verifier or test
   * contracts) as the deployment does; fails on any compiler error.
   */
  public static CompiledContracts compile(SolcCompiler solc, Map<String, String> sources) {
    Map<String, String> rest = new TreeMap<>(sources);
    String poseidon = rest.remove(POSEIDON);
    CompiledContracts main = solc.compile(rest, true);
    if (poseidon == null) {
      return main.requireNoErrors();
    }
    return main.merge(solc.compile(Map.of(POSEIDON, poseidon), false)).requireNoErrors();
  }
}
