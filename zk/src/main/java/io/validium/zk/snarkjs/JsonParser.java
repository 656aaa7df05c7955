package io.validium.zk.snarkjs;

import io.validium.zk.snarkjs.JsonValue.JsonArray;
import io.validium.zk.snarkjs.JsonValue.JsonLiteral;
import io.validium.zk.snarkjs.JsonValue.JsonNumber;
import io.validium.zk.snarkjs.JsonValue.JsonObject;
import io.validium.zk.snarkjs.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser: no comments, trailing commas, single quotes, leading zeros,
 * unescaped control characters, duplicate member names or trailing content. Errors name the line
 * and column. Nesting is bounded, so hostile input cannot overflow the stack.
 */
final class JsonParser {

  private static final int MAX_DEPTH = 64;

  private final String document;
  private final String text;
  private int pos;
  private int depth;

  private JsonParser(String document, String text) {
    this.document = document;
    this.text = text;
  }

  /** Parses one JSON value filling all of {@code text}; {@code document} names it in errors. */
  static JsonValue parse(String document, String text) {
    JsonParser parser = new JsonParser(document, text);
    JsonValue value = parser.value();
    parser.skipWhitespace();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected content after the JSON value");
    }
    return value;
  }

  private JsonValue value() {
    skipWhitespace();
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return new JsonString(string());
      case 't':
        return literal("true", JsonLiteral.TRUE);
      case 'f':
        return literal("false", JsonLiteral.FALSE);
      case 'n':
        return literal("null", JsonLiteral.NULL);
      default:
        if (c == '-' || isDigit(c)) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private JsonObject object() {
    enter();
    pos++;
    Map<String, JsonValue> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      depth--;
      return new JsonObject(members);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int keyStart = pos;
      String key = string();
      if (members.containsKey(key)) {
        pos = keyStart;
        throw error("duplicate member \"" + key + "\"");
      }
      skipWhitespace();
      expect(':');
      members.put(key, value());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        depth--;
        return new JsonObject(members);
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private JsonArray array() {
    enter();
    pos++;
    List<JsonValue> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      depth--;
      return new JsonArray(elements);
    }
    while (true) {
      elements.add(value());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        depth--;
        return new JsonArray(elements);
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        out.append(c);
        pos++;
        continue;
      }
      pos++;
      char e = peek();
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 5 > text.length()) {
            throw error("truncated \\u escape");
          }
          int code = 0;
          for (int i = 1; i <= 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
              throw error("invalid \\u escape");
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
          pos += 4;
        }
        default -> throw error("invalid escape");
      }
      pos++;
    }
  }

  private JsonNumber number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("number with a leading zero");
      }
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      digits();
    }
    return new JsonNumber(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private JsonLiteral literal(String word, JsonLiteral value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected character '" + text.charAt(pos) + "'");
    }
    pos += word.length();
    return value;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  /** The current character, or 0 at the end (0 cannot appear unescaped in valid JSON). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private SnarkjsFormatException error(String problem) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SnarkjsFormatException(
        document, "", "is not valid JSON at line " + line + ", column " + column + ": " + problem);
  }
}
