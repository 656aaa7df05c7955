package io.validium.l1.solc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What solc said: diagnostics by severity, and the contracts it produced, by name. */
public record CompiledContracts(
    List<String> errors, List<String> warnings, Map<String, Contract> contracts) {

  /** A compiled contract: its ABI, creation bytecode and selectors by signature. */
  public record Contract(
      String name, JsonNode abi, byte[] bytecode, Map<String, String> selectors) {

    public Contract {
      bytecode = bytecode.clone();
      selectors = Map.copyOf(selectors);
    }

    @Override
    public byte[] bytecode() {
      return bytecode.clone();
    }
  }

  public CompiledContracts {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    contracts = Map.copyOf(contracts);
  }

  /** The contract {@code name}; fails, listing the errors, if compilation did not produce it. */
  public Contract contract(String name) {
    Contract c = contracts.get(name);
    if (c == null) {
      throw new SolcException("solc produced no contract " + name + ": " + errors);
    }
    return c;
  }

  /** Fails with solc's errors, if it reported any. */
  public CompiledContracts requireNoErrors() {
    if (!errors.isEmpty()) {
      throw new SolcException("solc errors: " + errors);
    }
    return this;
  }

  /** This output and {@code other}'s together (contract names must differ). */
  public CompiledContracts merge(CompiledContracts other) {
    Map<String, Contract> all = new HashMap<>(contracts);
    all.putAll(other.contracts);
    List<String> e = new java.util.ArrayList<>(errors);
    e.addAll(other.errors);
    List<String> w = new java.util.ArrayList<>(warnings);
    w.addAll(other.warnings);
    return new CompiledContracts(e, w, all);
  }
}
