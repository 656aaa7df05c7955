package io.validium.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentTest {

  private static final String ADDRESS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

  @TempDir Path dir;

  private Path write(String json) throws Exception {
    Path f = dir.resolve("deployment.json");
    Files.writeString(f, json);
    return f;
  }

  private static String json(String chainId, String block) {
    return "{\"chainId\":"
        + chainId
        + ",\"validium\":\""
        + ADDRESS
        + "\",\"daVerifier\":\""
        + ADDRESS
        + "\",\"proofVerifier\":\""
        + ADDRESS
        + "\",\"deployedAtBlock\":"
        + block
        + "}";
  }

  @Test
  void readsTheFileL1BridgeWrites() throws Exception {
    Deployment d = Deployment.read(write(json("\"31337\"", "\"7\"")));

    assertThat(d.chainId()).isEqualTo(31337);
    assertThat(d.deployedAtBlock()).isEqualTo(7);
    assertThat(d.validium()).isEqualTo(ADDRESS.toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void refusesAMissingChainIdInsteadOfReadingZero() throws Exception {
    Path f = write(json("\"31337\"", "\"7\"").replace("\"chainId\":\"31337\",", ""));

    assertThatThrownBy(() -> Deployment.read(f))
        .isInstanceOf(ClientException.class)
        .hasMessageContaining("\"chainId\"");
  }

  @Test
  void refusesNumbersThatAreNotDecimalStrings() throws Exception {
    for (String bad : new String[] {"31337", "\"-1\"", "\"0x10\"", "\"007\"", "\"abc\""}) {
      Path f = write(json(bad, "\"7\""));
      assertThatThrownBy(() -> Deployment.read(f)).isInstanceOf(ClientException.class);
    }
  }

  @Test
  void refusesGarbage() throws Exception {
    Path f = write("not json at all {");

    assertThatThrownBy(() -> Deployment.read(f))
        .isInstanceOf(ClientException.class)
        .hasMessageContaining("cannot read the deployment");
  }
}
