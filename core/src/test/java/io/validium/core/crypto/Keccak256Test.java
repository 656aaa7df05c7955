package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Keccak256Test {

  @Test
  void hashesTheEmptyStringAsEthereumDoesNotAsSha3() {
    assertThat(hex(new byte[0]))
        .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  }

  @Test
  void givesTheWellKnownErc20TransferSelector() {
    byte[] digest = Keccak256.hash("transfer(address,uint256)".getBytes(StandardCharsets.US_ASCII));
    assertThat(HexFormat.of().formatHex(digest, 0, 4)).isEqualTo("a9059cbb");
  }

  private static String hex(byte[] data) {
    return HexFormat.of().formatHex(Keccak256.hash(data));
  }
}
