package io.validium.deploy.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The table of EXTERNAL.md: objects an overlay refers to that the operator creates. */
final class ExternalObjects {

  /** One row: the overlay, the object's kind and name, and the keys it must hold. */
  record Entry(String overlay, String kind, String name, Set<String> keys) {}

  private final List<Entry> entries;

  private ExternalObjects(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static ExternalObjects read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.split("\\|");
      if (cells.length < 6 || !line.startsWith("|")) {
        continue;
      }
      String overlay = cells[1].strip();
      if (overlay.equals("overlay") || overlay.startsWith("---")) {
        continue;
      }
      Set<String> keys = new TreeSet<>();
      Arrays.stream(cells[4].split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(keys::add);
      entries.add(new Entry(overlay, cells[2].strip(), cells[3].strip(), keys));
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException(file + " has no table rows");
    }
    return new ExternalObjects(entries);
  }

  Optional<Entry> find(String overlay, String kind, String name) {
    return entries.stream()
        .filter(e -> e.overlay().equals(overlay) && e.kind().equals(kind) && e.name().equals(name))
        .findFirst();
  }

  List<Entry> of(String overlay) {
    return entries.stream().filter(e -> e.overlay().equals(overlay)).toList();
  }
}
