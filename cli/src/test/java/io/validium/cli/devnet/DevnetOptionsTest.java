package io.validium.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevnetOptionsTest {
  @TempDir Path tmp;

  @Test
  void theDepositDeadlineDefaultsToTheProductionValue() {
    DevnetOptions o = DevnetOptions.of(tmp, tmp.resolve("r"), DevnetOptions.Existing.FRESH, 1);

    assertThat(o.depositDeadlineBlocks()).isEqualTo(7_200);
    DevnetOptions shorter = o.withDepositDeadlineBlocks(20);
    assertThat(shorter.depositDeadlineBlocks()).isEqualTo(20);
    assertThat(shorter.withDepositDeadlineBlocks(7_200)).isEqualTo(o);
  }

  @Test
  void aDepositDeadlineOutsideTheContractsRangeIsRefusedBeforeAnythingStarts() {
    for (String blocks : new String[] {"0", "-5", "4294967297"}) {
      CliRun r = devnetWithDeadline(blocks);

      assertThat(r.exitCode()).as(blocks).isEqualTo(2);
      assertThat(r.err())
          .contains("--deposit-deadline-blocks must be between 1 and 4294967296, not " + blocks);
    }
    assertThat(tmp.resolve("run")).doesNotExist();
  }

  @Test
  void aDepositDeadlineThatIsNotANumberIsAUsageError() {
    CliRun r = devnetWithDeadline("soon");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--deposit-deadline-blocks").contains("soon");
    assertThat(tmp.resolve("run")).doesNotExist();
  }

  private CliRun devnetWithDeadline(String blocks) {
    return CliRun.of(
        "devnet", "--dir", tmp.resolve("run").toString(), "--deposit-deadline-blocks", blocks);
  }
}
