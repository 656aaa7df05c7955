package io.validium.cli.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.circuit.BatchCircuit;
import io.validium.cli.CliRun;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.SparseRow;
import io.validium.zk.snarkjs.R1csFile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportR1csCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheBatchCircuitAsAnR1csFileThatReadsBackAsTheSameConstraints() throws IOException {
    Path out = dir.resolve("batch.r1cs");

    CliRun run = CliRun.of("circuit", "export-r1cs", "--batch-size", "1", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    R1csFile read = R1csFile.read(out);
    BatchCircuit circuit = BatchCircuit.forSize(1);
    assertThat(read.publicSignals()).isEqualTo(4);
    assertThat(read.wires()).isEqualTo(circuit.system().numWires());
    assertThat(read.constraints()).hasSize(circuit.system().numConstraints());
    for (int k = 0; k < read.constraints().size(); k++) {
      Constraint expected = circuit.system().constraints().get(k);
      Constraint actual = read.constraints().get(k);
      assertSameRow(actual.a(), expected.a(), k);
      assertSameRow(actual.b(), expected.b(), k);
      assertSameRow(actual.c(), expected.c(), k);
    }
    assertThat(run.out()).contains(circuit.system().numConstraints() + " constraints");
  }

  private static void assertSameRow(SparseRow actual, SparseRow expected, int k) {
    assertThat(actual.wires()).as("constraint %d", k).containsExactly(expected.wires());
    assertThat(actual.coefficients())
        .as("constraint %d", k)
        .containsExactly(expected.coefficients());
  }

  @Test
  void refusesABatchSizeBelowOne() {
    CliRun run =
        CliRun.of(
            "circuit", "export-r1cs", "--batch-size", "0", "--out", dir.resolve("x").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: --batch-size must be between 1 and 65536, got 0\n");
  }
}
