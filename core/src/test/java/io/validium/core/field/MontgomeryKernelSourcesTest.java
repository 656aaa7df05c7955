package io.validium.core.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked-in kernels are exactly what {@code src/codegen/montgomery_kernels.py} writes: the
 * script is run into a temporary directory and every file it writes is compared with the source
 * tree, so an edit to a generated file (or to the script without regenerating) fails here. The
 * script also writes zk's base-field kernel, {@code FqKernel}, which is compared with zk's tree.
 */
class MontgomeryKernelSourcesTest {

  private static final Path SCRIPT = Path.of("src", "codegen", "montgomery_kernels.py");
  private static final Path SOURCES =
      Path.of("src", "main", "java", "io", "validium", "core", "field");
  private static final Path ZK_SOURCES =
      Path.of("..", "zk", "src", "main", "java", "io", "validium", "zk", "field");

  @Test
  void checkedInKernelsAreTheGeneratorsOutput(@TempDir Path out)
      throws IOException, InterruptedException {
    Process python =
        new ProcessBuilder("python3", SCRIPT.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.waitFor(2, TimeUnit.MINUTES)).as("generator finished").isTrue();
    assertThat(python.exitValue()).as("generator exit status, output: %s", log).isZero();

    List<Path> generated;
    try (Stream<Path> files = Files.list(out)) {
      generated = files.sorted().toList();
    }
    assertThat(generated.stream().map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder(
            "FqKernel.java",
            "MontgomeryDot.java",
            "MontgomeryDot2.java",
            "MontgomeryDot3.java",
            "MontgomeryPow5.java",
            "MontgomeryProduct.java",
            "MontgomeryProductPlus.java",
            "MontgomerySquare.java");
    for (Path file : generated) {
      Path tree = file.endsWith("FqKernel.java") ? ZK_SOURCES : SOURCES;
      assertThat(Files.readString(tree.resolve(file.getFileName())))
          .as("%s: regenerate with %s and commit the result", file.getFileName(), SCRIPT)
          .isEqualTo(Files.readString(file));
    }
  }
}
