package io.validium.l1.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.types.Address;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeployArgumentsTest {

  @TempDir static Path dir;
  static Path key;
  static Path vk;
  static Path garbageVk;

  @BeforeAll
  static void files() throws Exception {
    key = Files.writeString(dir.resolve("k"), "0x" + "11".repeat(32));
    vk = Files.writeString(dir.resolve("vk.json"), "{}");
    garbageVk = Files.writeString(dir.resolve("garbage.json"), "not json at all");
  }

  static List<String> valid() {
    return new ArrayList<>(
        List.of(
            "--rpc-url",
            "http://127.0.0.1:8545",
            "--private-key-file",
            key.toString(),
            "--verifying-key",
            vk.toString(),
            "--committee",
            "0x2222222222222222222222222222222222222222,"
                + "0x1111111111111111111111111111111111111111",
            "--threshold",
            "2",
            "--out",
            dir.resolve("d.json").toString()));
  }

  @Test
  void sortsTheCommitteeAndAppliesTheDefaults() {
    DeployArguments a = DeployArguments.parse(valid());
    assertThat(a.committee())
        .containsExactly(
            Address.parse("0x1111111111111111111111111111111111111111"),
            Address.parse("0x2222222222222222222222222222222222222222"));
    assertThat(a.balanceDepth()).isEqualTo(4);
    assertThat(a.batchSize()).isEqualTo(1);
    assertThat(a.depositDeadlineBlocks())
        .isEqualTo(DeployArguments.DEFAULT_DEPOSIT_DEADLINE_BLOCKS);
    assertThat(a.key()).isInstanceOf(DeployArguments.KeySource.PrivateKeyFile.class);
    assertThat(a.forcedWithdrawals()).as("open by default").isTrue();
  }

  @Test
  void takesForcedWithdrawalsTrueOrFalse() {
    assertThat(DeployArguments.parse(with("--forced-withdrawals", "false")).forcedWithdrawals())
        .isFalse();
    List<String> inline = valid();
    inline.add("--forced-withdrawals=true");
    assertThat(DeployArguments.parse(inline).forcedWithdrawals()).isTrue();
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of(replace("--rpc-url", "ftp://x"), "--rpc-url must be an http(s) URL"),
        Arguments.of(replace("--threshold", "3"), "exceeds the committee's 2 members"),
        Arguments.of(replace("--threshold", "0"), "--threshold must be in 1..255"),
        Arguments.of(replace("--threshold", "-1"), "--threshold must be a decimal number"),
        Arguments.of(replace("--committee", "0x12"), "is not an address"),
        Arguments.of(
            replace(
                "--committee",
                "0x1111111111111111111111111111111111111111,"
                    + "0x1111111111111111111111111111111111111111"),
            "twice"),
        Arguments.of(replace("--private-key-file", "/nonexistent"), "is not a readable file"),
        Arguments.of(with("--balance-depth", "5"), "--balance-depth must be 4"),
        Arguments.of(with("--frobnicate", "1"), "unknown argument --frobnicate"),
        Arguments.of(with("--threshold", "1"), "--threshold is given twice"),
        Arguments.of(with("--key-file", key.toString()), "not both"),
        Arguments.of(without("--out"), "--out is required"),
        Arguments.of(without("--private-key-file"), "--private-key-file is required"),
        Arguments.of(replace("--deposit-deadline-blocks", "0"), "must be in 1.."),
        Arguments.of(List.of("--rpc-url"), "--rpc-url needs a value"),
        Arguments.of(
            with("--forced-withdrawals", "yes"), "--forced-withdrawals must be true or false"),
        Arguments.of(
            with("--forced-withdrawals", "TRUE"), "--forced-withdrawals must be true or false"),
        Arguments.of(
            with("--forced-withdrawals", ""), "--forced-withdrawals must be true or false"),
        Arguments.of(twice("--forced-withdrawals", "true", "false"), "is given twice"));
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void refusesABadArgumentWithOneSentence(List<String> args, String reason) {
    assertThat(run(args)).isEqualTo(2);
    String err = stderr.toString(StandardCharsets.UTF_8);
    assertThat(err).contains(reason).startsWith("deploy: ");
    assertThat(err.strip().lines()).hasSize(1);
  }

  @Test
  void refusesAVerifyingKeyThatIsNotASnarkjsKey() {
    assertThat(run(replace("--verifying-key", garbageVk.toString()))).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("is not a snarkjs Groth16 key");
  }

  @Test
  void refusesAKeyFileThatHoldsNoKey() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.key"), "hello");
    assertThat(run(replace("--private-key-file", bad.toString()))).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("must hold 64 hex digits");
  }

  private ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(List<String> args) {
    stderr = new ByteArrayOutputStream();
    return new DeployCommand(
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(stderr, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private static List<String> replace(String name, String value) {
    List<String> a = valid();
    int i = a.indexOf(name);
    if (i < 0) {
      a.add(name);
      a.add(value);
    } else {
      a.set(i + 1, value);
    }
    return a;
  }

  private static List<String> with(String name, String value) {
    List<String> a = valid();
    a.add(name);
    a.add(value);
    return a;
  }

  private static List<String> twice(String name, String first, String second) {
    List<String> a = with(name, first);
    a.add(name);
    a.add(second);
    return a;
  }

  private static List<String> without(String name) {
    List<String> a = valid();
    int i = a.indexOf(name);
    a.remove(i + 1);
    a.remove(i);
    return a;
  }
}
