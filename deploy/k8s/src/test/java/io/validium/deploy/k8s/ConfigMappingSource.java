package io.validium.deploy.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property names a service's {@code @ConfigMapping} interface declares, read from its source:
 * each accessor is a kebab-case name under the mapping's prefix, and an accessor whose type is a
 * nested interface of the file opens a group. Values are the {@code @WithDefault}, or empty.
 */
final class ConfigMappingSource {

  private static final Pattern PREFIX =
      Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
  private static final Pattern ACCESSOR =
      Pattern.compile(
          "((?:@\\w+(?:\\(\"(?:[^\"\\\\]|\\\\.)*\"\\))?\\s+)*)([\\w.]+(?:<[\\w.<>, ?]+>)?)\\s+(\\w+)\\(\\)\\s*;");
  private static final Pattern WITH_DEFAULT =
      Pattern.compile("@WithDefault\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
  private static final Pattern GENERIC = Pattern.compile("^(?:java\\.util\\.)?Optional<(.+)>$");

  private ConfigMappingSource() {}

  /** Property name to default value ("" when none) for the mapping in {@code source}. */
  static Map<String, String> properties(Path source) throws IOException {
    String text = stripComments(Files.readString(source));
    Matcher prefix = PREFIX.matcher(text);
    if (!prefix.find()) {
      throw new IllegalArgumentException(source + " has no @ConfigMapping(prefix = ...)");
    }
    Map<String, String> bodies = interfaceBodies(text);
    Matcher root = INTERFACE.matcher(text);
    if (!root.find(prefix.end())) {
      throw new IllegalArgumentException(source + " declares no interface after @ConfigMapping");
    }
    Map<String, String> out = new TreeMap<>();
    collect(root.group(1), prefix.group(1), bodies, out);
    return out;
  }

  private static void collect(
      String iface, String path, Map<String, String> bodies, Map<String, String> out) {
    Matcher m = ACCESSOR.matcher(bodies.get(iface));
    while (m.find()) {
      String type = m.group(2);
      Matcher optional = GENERIC.matcher(type);
      String inner = optional.matches() ? optional.group(1) : type;
      String name = path + "." + kebab(m.group(3));
      if (bodies.containsKey(inner)) {
        collect(inner, name, bodies, out);
      } else {
        Matcher d = WITH_DEFAULT.matcher(m.group(1));
        out.put(name, d.find() ? d.group(1) : "");
      }
    }
  }

  /** Each interface's own body, with the bodies of interfaces nested in it cut out. */
  private static Map<String, String> interfaceBodies(String text) {
    Map<String, String> bodies = new HashMap<>();
    Matcher m = INTERFACE.matcher(text);
    while (m.find()) {
      int open = m.end() - 1;
      int close = matching(text, open);
      String body = text.substring(open + 1, close);
      StringBuilder own = new StringBuilder();
      Matcher nested = INTERFACE.matcher(body);
      int at = 0;
      while (nested.find(at)) {
        own.append(body, at, nested.start());
        at = matching(body, nested.end() - 1) + 1;
      }
      own.append(body.substring(at));
      bodies.put(m.group(1), own.toString());
    }
    return bodies;
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced braces");
  }

  private static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** The environment variable MicroProfile Config reads for a property name. */
  static String envName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
  }
}
