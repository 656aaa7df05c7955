package io.validium.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
  @TempDir Path dir;

  private Path password(String text) throws Exception {
    Path p = dir.resolve("pw-" + text.hashCode());
    Files.writeString(p, text + "\n");
    return p;
  }

  @Test
  void makesAnOwnerOnlyL2KeyFileAndShowsItsAccountAndPublicKey() throws Exception {
    Path key = dir.resolve("alice.json");

    CliRun made = CliRun.of("keys", "new", "--account", "42", "--out", key.toString());
    CliRun shown = CliRun.of("keys", "show", "--key", key.toString());

    assertThat(made.exitCode()).as(made.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(shown.exitCode()).as(shown.err()).isZero();
    assertThat(shown.out()).contains("account 42");
    String publicKeyLine =
        made.out().lines().filter(l -> l.startsWith("public key x")).findFirst().orElseThrow();
    assertThat(shown.out()).contains(publicKeyLine);
  }

  @Test
  void anEncryptedL2KeyOpensOnlyWithItsPassword() throws Exception {
    Path key = dir.resolve("sealed.json");
    CliRun made =
        CliRun.of(
            "keys",
            "new",
            "--account",
            "7",
            "--out",
            key.toString(),
            "--password-file",
            password("correct horse").toString());
    assertThat(made.exitCode()).as(made.err()).isZero();
    assertThat(Files.readString(key)).doesNotContain("privateKey").contains("ciphertext");

    CliRun right =
        CliRun.of(
            "keys",
            "show",
            "--key",
            key.toString(),
            "--password-file",
            password("correct horse").toString());
    CliRun wrong =
        CliRun.of(
            "keys",
            "show",
            "--key",
            key.toString(),
            "--password-file",
            password("battery staple").toString());

    assertThat(right.exitCode()).as(right.err()).isZero();
    assertThat(right.out()).contains("account 7");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("wrong password");
  }

  @Test
  void refusesAnEncryptedFileWhoseAccountWasChanged() throws Exception {
    Path key = dir.resolve("sealed.json");
    Path pw = password("pw");
    CliRun.of(
        "keys", "new", "--account", "7", "--out", key.toString(), "--password-file", pw.toString());
    Files.writeString(
        key, Files.readString(key).replace("\"accountId\" : \"7\"", "\"accountId\" : \"8\""));

    CliRun r = CliRun.of("keys", "show", "--key", key.toString(), "--password-file", pw.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("wrong password (or the file was altered)");
  }

  @Test
  void neverOverwritesAnExistingKeyFile() throws Exception {
    Path key = dir.resolve("k.json");
    Files.writeString(key, "precious");

    CliRun r = CliRun.of("keys", "new", "--account", "1", "--out", key.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("already exists; a key file is never overwritten");
    assertThat(Files.readString(key)).isEqualTo("precious");
  }

  @Test
  void refusesAccountIdsOutsideTheTree() {
    for (String bad : new String[] {"-1", "16777216", "99999999999"}) {
      CliRun r =
          CliRun.of("keys", "new", "--account", bad, "--out", dir.resolve("x" + bad).toString());
      assertThat(r.exitCode()).as(bad).isEqualTo(2);
      assertThat(r.err()).as(bad).contains("is not an account id (0 to 16777215)");
    }
    CliRun notANumber =
        CliRun.of("keys", "new", "--account", "abc", "--out", dir.resolve("y").toString());
    assertThat(notANumber.exitCode()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--account");
  }

  @Test
  void needsEitherAnAccountOrL1() {
    CliRun r = CliRun.of("keys", "new", "--out", dir.resolve("z").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--account").contains("--l1");
  }

  @Test
  void makesL1KeysRawOrAsAnEncryptedKeystore() throws Exception {
    Path raw = dir.resolve("raw.key");
    Path store = dir.resolve("store.json");
    Path pw = password("l1 secret");

    CliRun r1 = CliRun.of("keys", "new", "--l1", "--out", raw.toString());
    CliRun r2 =
        CliRun.of(
            "keys", "new", "--l1", "--out", store.toString(), "--password-file", pw.toString());

    assertThat(r1.exitCode()).as(r1.err()).isZero();
    assertThat(Files.readString(raw).trim()).matches("0x[0-9a-f]{64}");
    assertThat(r2.exitCode()).as(r2.err()).isZero();
    assertThat(Files.readString(store)).contains("\"crypto\"");
    String address = r2.out().lines().findFirst().orElseThrow().replace("L1 address ", "");
    CliRun opened =
        CliRun.of("keys", "show", "--key", store.toString(), "--l1-password-file", pw.toString());
    CliRun unopened = CliRun.of("keys", "show", "--key", store.toString());
    assertThat(opened.out()).contains(address);
    assertThat(unopened.out()).contains(address);
  }

  @Test
  void refusesAnUnencryptedKeyOthersCanRead() throws Exception {
    Path key = dir.resolve("open.json");
    CliRun.of("keys", "new", "--account", "3", "--out", key.toString());
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

    CliRun r = CliRun.of("keys", "show", "--key", key.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("readable by other users; chmod 600 it");
  }

  @Test
  void refusesGarbageKeyFiles() throws Exception {
    String[][] cases = {
      {"{not json", "is not a JSON key file"},
      {"[1,2]", "is not a validium L2 key file"},
      {
        "{\"type\":\"validium-l2-key\",\"version\":\"1\",\"accountId\":\"01\"}",
        "no decimal string in \"accountId\""
      },
      {
        "{\"type\":\"validium-l2-key\",\"version\":\"1\",\"accountId\":\"1\",\"extra\":1,\"publicKey\":{\"x\":\"0x00\",\"y\":\"0x00\"}}",
        "unknown field \"extra\""
      },
      {
        "{\"type\":\"validium-l2-key\",\"version\":\"1\",\"accountId\":\"1\",\"publicKey\":{\"x\":\"0x1\",\"y\":\"0x2\"}}",
        "\"publicKey.x\" is not 0x and 64 lowercase hex digits"
      },
    };
    int i = 0;
    for (String[] c : cases) {
      Path f = dir.resolve("garbage" + i++);
      Files.writeString(f, c[0]);
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
      CliRun r = CliRun.of("balance", "--key", f.toString(), "--sequencer", "http://127.0.0.1:1");
      assertThat(r.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(r.err()).as(c[0]).contains(c[1]);
    }
    CliRun missing =
        CliRun.of(
            "balance",
            "--key",
            dir.resolve("nope").toString(),
            "--sequencer",
            "http://127.0.0.1:1");
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void refusesAKeyFileWhosePrivateKeyIsNotItsPublicKeys() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    CliRun.of("keys", "new", "--account", "1", "--out", a.toString());
    CliRun.of("keys", "new", "--account", "1", "--out", b.toString());
    String other =
        Files.readString(b).replaceAll("(?s).*\"privateKey\" : \"(0x[0-9a-f]{64})\".*", "$1");
    Files.writeString(
        a,
        Files.readString(a)
            .replaceAll(
                "\"privateKey\" : \"0x[0-9a-f]{64}\"", "\"privateKey\" : \"" + other + "\""));

    CliRun r = CliRun.of("keys", "show", "--key", a.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("the private key does not belong to the public key in the file");
  }
}
