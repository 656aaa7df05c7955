package io.validium.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsTest {
  @TempDir Path tmp;

  @Test
  void keepsTheLastRunsPortsWhileTheyAreFree() {
    Path file = tmp.resolve("ports.properties");
    Ports first = Ports.loadOrPick(file, "a", "b");
    Ports second = Ports.loadOrPick(file, "a", "b");
    assertThat(second.all()).isEqualTo(first.all());
    assertThat(first.of("a")).isNotEqualTo(first.of("b"));
  }

  @Test
  void picksNewPortsWhenOneOfTheOldOnesIsTaken() throws Exception {
    Path file = tmp.resolve("ports.properties");
    Ports first = Ports.loadOrPick(file, "a");
    try (ServerSocket taken =
        new ServerSocket(first.of("a"), 1, InetAddress.getLoopbackAddress())) {
      Ports second = Ports.loadOrPick(file, "a");
      assertThat(second.of("a")).isNotEqualTo(first.of("a"));
      assertThatThrownBy(() -> Prerequisites.portFree("the sequencer", taken.getLocalPort()))
          .isInstanceOf(DevnetException.class)
          .hasMessageContaining("port " + taken.getLocalPort() + " for the sequencer is taken");
    }
  }

  @Test
  void ignoresAGarbledPortsFile() throws Exception {
    Path file = tmp.resolve("ports.properties");
    Files.writeString(file, "a=not a port\n");
    assertThat(Ports.loadOrPick(file, "a").of("a")).isBetween(1, 65_535);
  }
}
