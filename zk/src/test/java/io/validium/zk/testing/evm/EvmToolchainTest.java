package io.validium.zk.testing.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EvmToolchainTest {

  private static final String ADDER =
      "// SPDX-License-Identifier: Apache-2.0\n"
          + "pragma solidity ^0.8.20;\n"
          + "contract Adder {\n"
          + "    function add(uint256 x, uint256 y) external pure returns (uint256) {\n"
          + "        return x + y;\n"
          + "    }\n"
          + "}\n";

  @Test
  void compilesDeploysAndCallsAContractOnALoopbackNode() {
    EvmToolchain tools = EvmToolchain.require();
    Solc.Contract adder = Solc.compile(tools, "Adder.sol", ADDER).contract("Adder");
    assertThat(adder.selectors()).containsEntry("add(uint256,uint256)", "771602f7");
    try (Anvil anvil = Anvil.start(tools)) {
      String address = anvil.rpc().deploy(adder.bytecode());
      byte[] out = anvil.rpc().ethCall(address, HexFormat.of().parseHex(call("02", "03")));
      assertThat(new BigInteger(1, out)).isEqualTo(BigInteger.valueOf(5));
    }
  }

  @Test
  void reportsCompilerErrorsAndWarningsSeparately() {
    Solc.Output out =
        Solc.compile(
            EvmToolchain.require(),
            "Broken.sol",
            "pragma solidity ^0.8.20;\ncontract Broken { function f() public { x = 1; } }\n");
    assertThat(out.errors()).anyMatch(e -> e.contains("Undeclared identifier"));
    // The missing SPDX line is only a warning.
    assertThat(out.warnings()).anyMatch(w -> w.contains("SPDX"));
    assertThatThrownBy(() -> out.contract("Broken")).isInstanceOf(AssertionError.class);
  }

  @Test
  void surfacesARevertAsAJsonRpcError() {
    EvmToolchain tools = EvmToolchain.require();
    Solc.Contract adder = Solc.compile(tools, "Adder.sol", ADDER).contract("Adder");
    try (Anvil anvil = Anvil.start(tools)) {
      String address = anvil.rpc().deploy(adder.bytecode());
      String max = "f".repeat(64);
      assertThatThrownBy(
              () -> anvil.rpc().ethCall(address, HexFormat.of().parseHex(call(max, "01"))))
          .isInstanceOf(JsonRpcException.class)
          .hasMessageContaining("revert");
    }
  }

  /** add(x, y) with x and y as hex digits, left-padded to words. */
  private static String call(String x, String y) {
    return "771602f7" + pad(x) + pad(y);
  }

  private static String pad(String hex) {
    return "0".repeat(64 - hex.length()) + hex;
  }
}
