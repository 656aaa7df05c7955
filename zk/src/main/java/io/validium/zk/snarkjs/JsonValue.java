package io.validium.zk.snarkjs;

import java.util.List;
import java.util.Map;

/** A parsed JSON value; objects keep their members in document order. */
sealed interface JsonValue {

  /** An object; member names are unique. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {}

  /** An array. */
  record JsonArray(List<JsonValue> elements) implements JsonValue {}

  /** A string, unescaped. */
  record JsonString(String value) implements JsonValue {}

  /** A number, kept as its source text so that nothing is lost to floating point. */
  record JsonNumber(String text) implements JsonValue {}

  /** true, false or null. */
  enum JsonLiteral implements JsonValue {
    TRUE("true"),
    FALSE("false"),
    NULL("null");

    final String text;

    JsonLiteral(String text) {
      this.text = text;
    }
  }

  /** What a value is, for messages: "an object", "a string", ... */
  static String kind(JsonValue value) {
    if (value instanceof JsonObject) {
      return "an object";
    } else if (value instanceof JsonArray) {
      return "an array";
    } else if (value instanceof JsonString) {
      return "a string";
    } else if (value instanceof JsonNumber) {
      return "a number";
    }
    return ((JsonLiteral) value).text;
  }
}
