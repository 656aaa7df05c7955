package io.validium.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with {@code kubectl kustomize} and parses the YAML stream it prints. */
final class Kubectl {

  /** Why a kustomization did not render: kubectl's exit status and what it printed on stderr. */
  static final class RenderFailure extends Exception {
    private static final long serialVersionUID = 1L;

    RenderFailure(String message) {
      super(message);
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final long TIMEOUT_SECONDS = 120;

  private final Path executable;

  private Kubectl(Path executable) {
    this.executable = executable;
  }

  /** The kubectl on PATH, if there is one. */
  static Optional<Kubectl> onPath() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new Kubectl(candidate));
      }
    }
    return Optional.empty();
  }

  /**
   * The major version of the kustomize built into this kubectl (the overlays use {@code labels}
   * with {@code fields} and {@code replacements}: kustomize 5, kubectl 1.27 or newer).
   */
  int kustomizeMajor() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(executable.toString(), "version", "--client", "-o", "json")
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
      return 0;
    }
    String v = new ObjectMapper().readTree(out).path("kustomizeVersion").asText("v0");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^v?(\\d+)").matcher(v);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Every object of the rendered kustomization in {@code dir}. */
  List<JsonNode> render(Path dir) throws RenderFailure, IOException, InterruptedException {
    Path err = Files.createTempFile("kustomize", ".err");
    Path out = Files.createTempFile("kustomize", ".yaml");
    try {
      Process p =
          new ProcessBuilder(executable.toString(), "kustomize", dir.toString())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new RenderFailure("kubectl kustomize " + dir + " did not finish in 120 s");
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
      if (p.exitValue() != 0) {
        throw new RenderFailure(
            "kubectl kustomize " + dir + " failed (exit " + p.exitValue() + "): " + stderr);
      }
      List<JsonNode> objects = new ArrayList<>();
      try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(out.toFile())) {
        while (it.hasNext()) {
          JsonNode n = it.next();
          if (n != null && !n.isNull() && !n.isMissingNode()) {
            objects.add(n);
          }
        }
      }
      if (objects.isEmpty()) {
        throw new RenderFailure("kubectl kustomize " + dir + " rendered no objects");
      }
      return objects;
    } finally {
      Files.deleteIfExists(err);
      Files.deleteIfExists(out);
    }
  }
}
