package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Blake2bTest {

  @Test
  void matchesTheRfc7693Vector() {
    assertThat(HexFormat.of().formatHex(Blake2b.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo(
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
  }

  @Test
  void hashesTheEmptyInputAsOneFinalEmptyBlock() {
    assertThat(HexFormat.of().formatHex(Blake2b.hash(new byte[0])))
        .isEqualTo(
            "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce");
  }

  @Test
  void splitUpdatesAndCopiesAgreeWithOneShotHashing() {
    byte[] data = new byte[300];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 7);
    }
    Blake2b prefix = new Blake2b().update(java.util.Arrays.copyOf(data, 128));
    Blake2b fork = prefix.copy();

    byte[] rest = java.util.Arrays.copyOfRange(data, 128, 300);
    assertThat(prefix.update(rest).digest()).isEqualTo(Blake2b.hash(data));
    assertThat(fork.update(rest).digest()).isEqualTo(Blake2b.hash(data));
  }
}
