package io.validium.da.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;

/** Keys from a V3 keystore or a raw secret file, and what happens when either is wrong. */
class SigningKeysTest {
  @TempDir Path dir;

  @Test
  void loadsTheKeyOfAV3Keystore() throws Exception {
    ECKeyPair key = Headers.key(4);
    String name = WalletUtils.generateWalletFile("correct horse", key, dir.toFile(), false);
    Path password = Files.writeString(dir.resolve("password"), "correct horse\n");

    ECKeyPair loaded = SigningKeys.fromKeystore(dir.resolve(name), password);

    assertThat(loaded.getPrivateKey()).isEqualTo(key.getPrivateKey());
  }

  @Test
  void aWrongPasswordOrAGarbageKeystoreStopsTheNode() throws Exception {
    String name = WalletUtils.generateWalletFile("right", Headers.key(4), dir.toFile(), false);
    Path wrong = Files.writeString(dir.resolve("wrong"), "wrong");
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"version\": 3, \"crypto\": 7");

    assertThatThrownBy(() -> SigningKeys.fromKeystore(dir.resolve(name), wrong))
        .isInstanceOf(SigningKeys.KeyLoadException.class)
        .hasMessageContaining("cannot decrypt");
    assertThatThrownBy(() -> SigningKeys.fromKeystore(garbage, wrong))
        .isInstanceOf(SigningKeys.KeyLoadException.class);
  }

  @Test
  void loadsARawHexKeyWithOrWithoutPrefix() throws Exception {
    Path a = Files.writeString(dir.resolve("a"), "0x" + "00".repeat(31) + "2a\n");
    Path b = Files.writeString(dir.resolve("b"), "00".repeat(31) + "2a");
    assertThat(SigningKeys.fromRawKeyFile(a).getPrivateKey()).isEqualTo(42);
    assertThat(SigningKeys.fromRawKeyFile(b).getPrivateKey()).isEqualTo(42);
  }

  @Test
  void rejectsRawKeysThatAreNotAValidScalar() throws Exception {
    Path zero = Files.writeString(dir.resolve("zero"), "00".repeat(32));
    Path order =
        Files.writeString(
            dir.resolve("order"),
            "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    Path shortKey = Files.writeString(dir.resolve("short"), "abcd");
    Path huge = Files.write(dir.resolve("huge"), new byte[100_000]);

    for (Path p : new Path[] {zero, order, shortKey, huge}) {
      assertThatThrownBy(() -> SigningKeys.fromRawKeyFile(p))
          .isInstanceOf(SigningKeys.KeyLoadException.class);
    }
    assertThatThrownBy(() -> SigningKeys.fromRawKeyFile(dir.resolve("absent")))
        .isInstanceOf(SigningKeys.KeyLoadException.class);
  }
}
