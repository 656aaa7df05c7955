package io.validium.cli.zk;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.Validium;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copyTheSnarkjsTransferProof() throws IOException {
    for (String name : new String[] {"vk.json", "proof.json", "public.json"}) {
      try (InputStream in =
          getClass().getResourceAsStream("/fixtures/groth16/snarkjs-transfer/" + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
  }

  @Test
  void acceptsTheSnarkjsProofWithExitCodeZero() {
    assertThat(run()).isZero();
    assertThat(out.toString()).startsWith("valid");
  }

  @Test
  void rejectsAChangedPublicSignalWithExitCodeOne() throws IOException {
    String pub = Files.readString(dir.resolve("public.json"));
    Files.writeString(dir.resolve("public.json"), pub.replace("\"10633", "\"10634"));
    assertThat(run()).isEqualTo(1);
    assertThat(out.toString()).contains("INVALID_PROOF");
  }

  @Test
  void reportsTruncatedJsonAsBadInputNamingTheFile() throws IOException {
    String vk = Files.readString(dir.resolve("vk.json"));
    Files.writeString(dir.resolve("vk.json"), vk.substring(0, vk.length() / 2));
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("vk.json").startsWith("error: ");
  }

  @Test
  void reportsAMissingFileAsBadInput() throws IOException {
    Files.delete(dir.resolve("proof.json"));
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("proof.json: no such file");
  }

  @Test
  void reportsAMissingOptionAsBadInput() {
    CommandLine cli = cli();
    assertThat(cli.execute("zk", "verify", "--vk", dir.resolve("vk.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--proof");
  }

  private int run() {
    return cli()
        .execute(
            "zk",
            "verify",
            "--vk",
            dir.resolve("vk.json").toString(),
            "--proof",
            dir.resolve("proof.json").toString(),
            "--public",
            dir.resolve("public.json").toString());
  }

  private CommandLine cli() {
    CommandLine cli = Validium.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }
}
