package io.validium.zk.testing.evm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion with a time limit, feeding it stdin and collecting its output. */
final class ProcessRunner {

  /** The outcome of one command: its exit code, its stdout and its stderr. */
  record Result(int exitCode, String stdout, String stderr) {

    /** Whether the command exited with 0. */
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private ProcessRunner() {}

  /**
   * Runs {@code command} in {@code dir}. Input and output go through files rather than pipes: a
   * command that hangs with its pipes open still meets the time limit, and solc-js, which reads
   * stdin with one non-blocking read, fails with EAGAIN on a pipe once its input outgrows the pipe
   * buffer.
   */
  static Result run(Path dir, List<String> command, String stdin, Duration timeout) {
    Path in = null;
    Path out = null;
    Path err = null;
    try {
      in = Files.createTempFile("evm-in", ".txt");
      out = Files.createTempFile("evm-out", ".txt");
      err = Files.createTempFile("evm-err", ".txt");
      Files.writeString(in, stdin, StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out after " + timeout + ": " + command);
      }
      return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    } finally {
      deleteQuietly(in);
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temp file is harmless; the result is what matters.
      }
    }
  }
}
