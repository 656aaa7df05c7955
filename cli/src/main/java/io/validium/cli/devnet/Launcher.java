package io.validium.cli.devnet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Makes the devnet's child processes: JVMs and binaries, each with its log in the run folder. */
public final class Launcher {
  private final RunFolder folder;
  private final Path repo;

  Launcher(RunFolder folder, Path repo) {
    this.folder = folder;
    this.repo = repo;
  }

  public Path repo() {
    return repo;
  }

  public RunFolder folder() {
    return folder;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A JVM running {@code mainClass} from this process's own class path. */
  ChildProcess sameClassPath(
      String name, List<String> jvmOptions, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(args);
    return process(name, cmd, Map.of(), folder.dir(name));
  }

  /** A JVM running an executable jar with system properties. */
  ChildProcess jar(
      String name,
      Path jar,
      List<String> jvmOptions,
      Map<String, String> properties,
      List<String> args) {
    return jar(name, jar, jvmOptions, properties, Map.of(), args);
  }

  /** A JVM running an executable jar with system properties and environment variables. */
  ChildProcess jar(
      String name,
      Path jar,
      List<String> jvmOptions,
      Map<String, String> properties,
      Map<String, String> env,
      List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmOptions);
    properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(args);
    return process(name, cmd, env, folder.dir(name));
  }

  ChildProcess process(String name, List<String> cmd, Map<String, String> env, Path workDir) {
    return new ChildProcess(name, cmd, env, workDir, folder.log(name));
  }

  /** Runs a one-shot process to completion; a non-zero exit is an error with its log's tail. */
  static void runToCompletion(ChildProcess p, Duration timeout) {
    p.start(x -> {});
    long deadline = System.nanoTime() + timeout.toNanos();
    while (p.isAlive()) {
      if (System.nanoTime() > deadline) {
        p.kill();
        throw new DevnetException(
            p.name() + " did not finish within " + timeout.toSeconds() + " s; see " + p.log());
      }
      ChildProcess.sleep(200);
    }
    if (p.exitValue() != 0) {
      throw new DevnetException(
          p.name()
              + " failed with status "
              + p.exitValue()
              + "; its log ("
              + p.log()
              + ") ends with:\n"
              + p.tailLines(20));
    }
  }
}
