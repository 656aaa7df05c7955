package io.validium.zk.snarkjs;

import io.validium.zk.snarkjs.JsonValue.JsonArray;
import io.validium.zk.snarkjs.JsonValue.JsonLiteral;
import io.validium.zk.snarkjs.JsonValue.JsonNumber;
import io.validium.zk.snarkjs.JsonValue.JsonObject;
import io.validium.zk.snarkjs.JsonValue.JsonString;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON exactly as JavaScript's {@code JSON.stringify(value, null, 1)} does, which is how
 * snarkjs saves its files: one space of indentation per level, {@code ": "} after member names, no
 * trailing newline. Matching it byte for byte lets files round-trip unchanged.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder();

  private JsonWriter() {}

  static String write(JsonValue value) {
    JsonWriter writer = new JsonWriter();
    writer.value(value, 0);
    return writer.out.toString();
  }

  private void value(JsonValue value, int level) {
    if (value instanceof JsonObject object) {
      object(object.members(), level);
    } else if (value instanceof JsonArray array) {
      array(array.elements(), level);
    } else if (value instanceof JsonString string) {
      string(string.value());
    } else if (value instanceof JsonNumber number) {
      out.append(number.text());
    } else {
      out.append(((JsonLiteral) value).text);
    }
  }

  private void object(Map<String, JsonValue> members, int level) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonValue>> it = members.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonValue> member = it.next();
      newline(level + 1);
      string(member.getKey());
      out.append(": ");
      value(member.getValue(), level + 1);
      if (it.hasNext()) {
        out.append(',');
      }
    }
    newline(level);
    out.append('}');
  }

  private void array(List<JsonValue> elements, int level) {
    if (elements.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < elements.size(); i++) {
      newline(level + 1);
      value(elements.get(i), level + 1);
      if (i + 1 < elements.size()) {
        out.append(',');
      }
    }
    newline(level);
    out.append(']');
  }

  private void newline(int level) {
    out.append('\n');
    out.append(" ".repeat(level));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
