package io.validium.cli.setup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code setup.json}: what a key directory holds, for the devnet and operators to read without
 * parsing the zkey. Values are strings, integers or booleans; keys keep their insertion order.
 */
final class SetupManifest {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  SetupManifest put(String name, Object value) {
    if (!(value instanceof String || value instanceof Integer || value instanceof Boolean)) {
      throw new IllegalArgumentException("unsupported manifest value " + value);
    }
    fields.put(name, value);
    return this;
  }

  String toJson() {
    StringBuilder out = new StringBuilder("{\n");
    int i = 0;
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      out.append("  ").append(quote(e.getKey())).append(": ");
      Object v = e.getValue();
      out.append(v instanceof String s ? quote(s) : v.toString());
      out.append(++i < fields.size() ? ",\n" : "\n");
    }
    return out.append("}\n").toString();
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
