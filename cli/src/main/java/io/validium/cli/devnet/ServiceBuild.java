package io.validium.cli.devnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Packages the services whose Quarkus jar is missing or older than the sources it is built from
 * (its own module and the library modules every service uses).
 */
final class ServiceBuild {
  static final List<String> SERVICES =
      List.of("sequencer-service", "dac-node", "prover-service", "l1-bridge");
  private static final List<String> LIBRARIES =
      List.of("core", "zk", "circuit", "da-committee", "kafka-local");

  private ServiceBuild() {}

  static Path jar(Path repo, String service) {
    return repo.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /** The services to build; empty when every jar is newer than its sources. */
  static List<String> stale(Path repo) {
    List<String> out = new ArrayList<>();
    FileTime libraries = newest(repo, LIBRARIES);
    for (String s : SERVICES) {
      Path jar = jar(repo, s);
      if (!Files.isRegularFile(jar)) {
        out.add(s);
        continue;
      }
      FileTime built = modified(jar);
      FileTime sources = max(newest(repo, List.of(s)), libraries);
      if (sources.compareTo(built) > 0) {
        out.add(s);
      }
    }
    return out;
  }

  static void ensureBuilt(DevnetOptions o, Path log, Consumer<String> say) {
    List<String> stale = stale(o.repoRoot());
    if (stale.isEmpty()) {
      return;
    }
    if (!o.buildMissing()) {
      throw new DevnetException(
          "the service jars of "
              + String.join(", ", stale)
              + " are missing or older than their sources; run ./mvnw package -DskipTests first");
    }
    say.accept(
        "building "
            + String.join(", ", stale)
            + " (./mvnw package, a few minutes the first time; log: "
            + log
            + ")");
    List<String> cmd =
        List.of(
            o.repoRoot().resolve("mvnw").toString(),
            "-q",
            "-B",
            "-pl",
            String.join(",", stale),
            "-am",
            "package",
            "-DskipTests");
    try {
      Files.createDirectories(log.getParent());
      Process p =
          new ProcessBuilder(cmd)
              .directory(o.repoRoot().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      p.getOutputStream().close();
      if (!p.waitFor(60, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new DevnetException("the build did not finish within an hour; see " + log);
      }
      if (p.exitValue() != 0) {
        throw new DevnetException("the build failed (exit " + p.exitValue() + "); see " + log);
      }
    } catch (IOException e) {
      throw new DevnetException("cannot run ./mvnw: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevnetException("interrupted while building", e);
    }
  }

  private static FileTime newest(Path repo, List<String> modules) {
    FileTime newest = FileTime.fromMillis(0);
    for (String m : modules) {
      Path module = repo.resolve(m);
      newest = max(newest, modified(module.resolve("pom.xml")));
      Path src = module.resolve("src/main");
      if (Files.isDirectory(src)) {
        try (Stream<Path> files = Files.walk(src)) {
          for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            newest = max(newest, modified(f));
          }
        } catch (IOException e) {
          throw new DevnetException("cannot read " + src + ": " + e.getMessage(), e);
        }
      }
    }
    return max(newest, modified(repo.resolve("pom.xml")));
  }

  private static FileTime modified(Path p) {
    try {
      return Files.exists(p) ? Files.getLastModifiedTime(p) : FileTime.fromMillis(0);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static FileTime max(FileTime a, FileTime b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
