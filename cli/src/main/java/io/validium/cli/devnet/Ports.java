package io.validium.cli.devnet;

import io.validium.kafka.local.FreePorts;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The devnet's ports on 127.0.0.1, chosen free at start and checked again just before each process
 * binds, so nothing clashes with what else runs on the machine.
 */
public final class Ports {
  private final Map<String, Integer> byName = new LinkedHashMap<>();

  /**
   * The ports a previous run of this folder used, when every one is still free (the URLs stay the
   * same across restarts), otherwise new free ones; written back to {@code file}.
   */
  static Ports loadOrPick(Path file, String... names) {
    Ports previous = load(file, names);
    Ports p = previous != null && previous.allFree() ? previous : pick(names);
    Properties out = new Properties();
    p.byName.forEach((k, v) -> out.setProperty(k, Integer.toString(v)));
    try (Writer w = Files.newBufferedWriter(file)) {
      out.store(w, "ports of the last devnet run on 127.0.0.1");
    } catch (IOException e) {
      throw new DevnetException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return p;
  }

  /** The ports a devnet run folder's file names, if it names every one of {@code names}. */
  public static java.util.Optional<Ports> read(Path file, String... names) {
    return java.util.Optional.ofNullable(load(file, names));
  }

  private static Ports load(Path file, String... names) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Properties in = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      in.load(r);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    Ports p = new Ports();
    for (String n : names) {
      try {
        int port = Integer.parseInt(in.getProperty(n, ""));
        if (port < 1024 || port > 65_535) {
          return null;
        }
        p.byName.put(n, port);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return p;
  }

  private boolean allFree() {
    for (Map.Entry<String, Integer> e : byName.entrySet()) {
      try {
        Prerequisites.portFree(e.getKey(), e.getValue());
      } catch (DevnetException taken) {
        return false;
      }
    }
    return true;
  }

  static Ports pick(String... names) {
    int[] free = FreePorts.pick(names.length);
    Ports p = new Ports();
    for (int i = 0; i < names.length; i++) {
      p.byName.put(names[i], free[i]);
    }
    return p;
  }

  public int of(String name) {
    Integer port = byName.get(name);
    if (port == null) {
      throw new IllegalArgumentException("no port for " + name);
    }
    return port;
  }

  /** Every port by what uses it, in start order. */
  public Map<String, Integer> all() {
    return Map.copyOf(byName);
  }

  Map<String, Integer> ordered() {
    return byName;
  }
}
