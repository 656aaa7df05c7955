package io.validium.cli.devnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The devnet's run folder: {@code logs/} (one file per process), {@code kafka/}, {@code l1/}
 * (anvil's state, the deployment), {@code key/} (the development proving key), and one folder per
 * service. A marker file tells a run folder from any other folder, so {@code --fresh} never deletes
 * something the devnet did not make.
 */
public final class RunFolder {
  static final String MARKER = ".validium-devnet";

  private final Path root;

  private RunFolder(Path root) {
    this.root = root;
  }

  /** Prepares the folder as {@code existing} asks. */
  public static RunFolder prepare(Path root, DevnetOptions.Existing existing) {
    try {
      if (Files.exists(root)) {
        boolean ours = Files.isRegularFile(root.resolve(MARKER));
        boolean empty = isEmptyDirectory(root);
        if (!empty) {
          if (!ours) {
            throw new DevnetException(
                root + " exists and is not a devnet run folder; choose another --dir");
          }
          switch (existing) {
            case REFUSE ->
                throw new DevnetException(
                    root
                        + " already holds a devnet; pass --reuse to keep its state or --fresh to"
                        + " replace it");
            case FRESH -> deleteTree(root);
            case REUSE -> {
              // Kept as it is.
            }
          }
        }
      }
      Files.createDirectories(root);
      Path marker = root.resolve(MARKER);
      if (!Files.exists(marker)) {
        Files.writeString(marker, "made by `validium devnet`; --fresh deletes this folder\n");
      }
      RunFolder f = new RunFolder(root);
      Files.createDirectories(f.logs());
      return f;
    } catch (IOException e) {
      throw new DevnetException("cannot prepare the run folder " + root + ": " + e.getMessage(), e);
    }
  }

  public Path root() {
    return root;
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path log(String process) {
    return logs().resolve(process + ".log");
  }

  public Path dir(String name) {
    Path d = root.resolve(name);
    try {
      Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  private static boolean isEmptyDirectory(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      throw new DevnetException(p + " exists and is not a folder; choose another --dir");
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
