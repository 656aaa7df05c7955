package io.validium.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.field.Fr;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.evm.Anvil;
import io.validium.zk.testing.evm.EvmToolchain;
import io.validium.zk.testing.evm.JsonRpcException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated Poseidon contracts against the shared circomlib vectors, on anvil. */
class PoseidonContractTest {

  private static Anvil anvil;
  private static L1 l1;
  private static final Map<Integer, String> BY_WIDTH = new HashMap<>();

  @BeforeAll
  static void deploy() throws IOException {
    Path file = ContractSources.contractsDir().resolve("Poseidon.sol");
    if (Boolean.getBoolean("validium.regenerate")) {
      PoseidonSolidityGenerator.write(file);
    }
    EvmToolchain tools = EvmToolchain.require();
    var compiled = ContractSources.compiled(tools);
    anvil = Anvil.start(tools);
    l1 = new L1(anvil);
    for (int t : PoseidonSolidityGenerator.WIDTHS) {
      BY_WIDTH.put(t, l1.deploy(compiled.contract("PoseidonT" + t).bytecode(), new byte[0]));
    }
  }

  @AfterAll
  static void stop() {
    if (anvil != null) {
      anvil.close();
    }
  }

  @Test
  void checkedInSourceIsTheGeneratorsOutput() throws IOException {
    assertThat(Files.readString(ContractSources.contractsDir().resolve("Poseidon.sol")))
        .as("regenerate with -Dvalidium.regenerate=true")
        .isEqualTo(PoseidonSolidityGenerator.source());
  }

  @Test
  void hashesEverySharedVectorOfTheDeployedWidthsAsCircomlib() {
    int checked = 0;
    for (JsonNode v : Fixtures.json("poseidon.json").get("vectors")) {
      List<BigInteger> inputs = new ArrayList<>();
      v.get("inputs").forEach(i -> inputs.add(new BigInteger(i.asText())));
      String contract = BY_WIDTH.get(inputs.size() + 1);
      if (contract == null) {
        continue;
      }
      assertThat(hash(contract, inputs))
          .as("Poseidon%s", inputs)
          .isEqualTo(new BigInteger(v.get("output").asText()));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(PoseidonSolidityGenerator.WIDTHS.length);
  }

  @Test
  void revertsOnAnInputAtOrAboveTheFieldModulus() {
    String t3 = BY_WIDTH.get(3);
    assertThat(hash(t3, List.of(Fr.MODULUS.subtract(BigInteger.ONE), BigInteger.ONE))).isNotNull();
    assertThatThrownBy(() -> hash(t3, List.of(BigInteger.ONE, Fr.MODULUS)))
        .isInstanceOf(JsonRpcException.class);
  }

  @Test
  void revertsOnTheWrongNumberOfInputs() {
    String t4 = BY_WIDTH.get(4);
    assertThatThrownBy(() -> hash(t4, List.of(BigInteger.ONE, BigInteger.TWO)))
        .isInstanceOf(JsonRpcException.class);
  }

  private static BigInteger hash(String contract, List<BigInteger> inputs) {
    byte[] data = new byte[32 * inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      byte[] w = Abi.word(inputs.get(i));
      System.arraycopy(w, 0, data, 32 * i, 32);
    }
    return Abi.word(l1.call(contract, data), 0);
  }
}
