package io.validium.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  @TempDir Path tmp;

  @Test
  void refusesAnExistingRunFolderWithoutReuseOrFresh() throws Exception {
    Path dir = tmp.resolve("run");
    RunFolder.prepare(dir, DevnetOptions.Existing.REFUSE);
    Files.writeString(dir.resolve("state"), "kept");

    assertThatThrownBy(() -> RunFolder.prepare(dir, DevnetOptions.Existing.REFUSE))
        .isInstanceOf(DevnetException.class)
        .hasMessageContaining("--reuse")
        .hasMessageContaining("--fresh");
  }

  @Test
  void reuseKeepsTheStateAndFreshReplacesIt() throws Exception {
    Path dir = tmp.resolve("run");
    RunFolder.prepare(dir, DevnetOptions.Existing.REFUSE);
    Files.writeString(dir.resolve("state"), "kept");

    RunFolder.prepare(dir, DevnetOptions.Existing.REUSE);
    assertThat(dir.resolve("state")).hasContent("kept");

    RunFolder.prepare(dir, DevnetOptions.Existing.FRESH);
    assertThat(dir.resolve("state")).doesNotExist();
    assertThat(dir.resolve(RunFolder.MARKER)).exists();
  }

  @Test
  void neverDeletesAFolderTheDevnetDidNotMake() throws Exception {
    Path dir = tmp.resolve("mine");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("precious.txt"), "mine");

    assertThatThrownBy(() -> RunFolder.prepare(dir, DevnetOptions.Existing.FRESH))
        .isInstanceOf(DevnetException.class)
        .hasMessageContaining("not a devnet run folder");
    assertThat(dir.resolve("precious.txt")).hasContent("mine");
  }

  @Test
  void refusesABatchSizeOutsideTheSupportedRange() {
    assertThatThrownBy(
            () -> DevnetOptions.of(tmp, tmp.resolve("r"), DevnetOptions.Existing.FRESH, 0))
        .isInstanceOf(DevnetException.class)
        .hasMessageContaining("--batch-size");
  }
}
