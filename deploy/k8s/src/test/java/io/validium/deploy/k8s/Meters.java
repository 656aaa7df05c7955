package io.validium.deploy.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Micrometer meters the services register, as Prometheus names them. */
final class Meters {

  private static final Pattern REGISTRATION =
      Pattern.compile("(?:builder|counter|gauge|timer|summary)\\(\\s*\"([a-z][a-z0-9.]*)\"");
  private static final List<String> SUFFIXES =
      List.of("_seconds_count", "_seconds_sum", "_seconds_max", "_seconds", "_total");

  private Meters() {}

  /** Meter names in Prometheus form (dots as underscores), from the modules' main sources. */
  static Set<String> registered(Path repo, List<String> modules) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String module : modules) {
      Path src = repo.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(src)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = REGISTRATION.matcher(Files.readString(f));
          while (m.find()) {
            if (m.group(1).contains(".")) {
              out.add(m.group(1).replace('.', '_'));
            }
          }
        }
      }
    }
    return out;
  }

  /** The meter a Prometheus series belongs to: its name without the type's suffix. */
  static String meterOf(String series) {
    for (String s : SUFFIXES) {
      if (series.endsWith(s)) {
        return series.substring(0, series.length() - s.length());
      }
    }
    return series;
  }
}
