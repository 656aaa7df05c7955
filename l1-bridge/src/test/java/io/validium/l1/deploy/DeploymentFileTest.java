package io.validium.l1.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentFileTest {

  static final Address A = Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");
  static final DeploymentFile FILE = new DeploymentFile(ChainId.of(31337), A, A, A, 12, A, 1, 4);

  @Test
  void roundTripsThroughTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("d.json");
    FILE.write(f);
    assertThat(DeploymentFile.read(f)).isEqualTo(FILE);
  }

  @Test
  void refusesWhatIsNotADeployment() {
    String good = FILE.toJson();
    assertRefused("[]", "must hold a JSON object");
    assertRefused("{", "is not JSON");
    assertRefused(good.replace("\"31337\"", "31337"), "chainId must be a JSON string");
    assertRefused(good.replace("\"12\"", "\"012\""), "deployedAtBlock is not a decimal");
    assertRefused(good.replace("\"owner\"", "\"boss\""), "unknown field boss");
    assertRefused(good.replace("\"batchSize\" : \"1\"", "\"batchSize\" : \"0\""), "batchSize");
    assertRefused(
        good.replace(A.toString() + "\",\n  \"daVerifier", "0x12\",\n  \"daVerifier"),
        "validium is not an address");
    assertRefused(good.replace("{", "{\"chainId\":\"1\","), "Duplicate field");
  }

  private static void assertRefused(String json, String reason) {
    assertThatThrownBy(() -> DeploymentFile.parse(json, "d.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
