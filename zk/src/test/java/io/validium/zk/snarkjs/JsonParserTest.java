package io.validium.zk.snarkjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.zk.snarkjs.JsonValue.JsonArray;
import io.validium.zk.snarkjs.JsonValue.JsonLiteral;
import io.validium.zk.snarkjs.JsonValue.JsonNumber;
import io.validium.zk.snarkjs.JsonValue.JsonObject;
import io.validium.zk.snarkjs.JsonValue.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

  @Test
  void parsesEveryKindOfValue() {
    JsonValue v =
        JsonParser.parse(
            "t.json",
            " {\"a\": [1, -2.5e+3, \"x\\n\\u0041\\\"\"], \"b\": {}, \"c\": [true, false, null]}\r\n");
    Map<String, JsonValue> expected = new LinkedHashMap<>();
    expected.put(
        "a",
        new JsonArray(
            List.of(new JsonNumber("1"), new JsonNumber("-2.5e+3"), new JsonString("x\nA\""))));
    expected.put("b", new JsonObject(Map.of()));
    expected.put(
        "c", new JsonArray(List.of(JsonLiteral.TRUE, JsonLiteral.FALSE, JsonLiteral.NULL)));
    assertThat(v).isEqualTo(new JsonObject(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[1,]",
        "{\"a\":1,}",
        "[01]",
        "[1.]",
        "[.5]",
        "[+1]",
        "['a']",
        "{a: 1}",
        "[\"\\x\"]",
        "[\"\\u12g4\"]",
        "[\"tab\there\"]",
        "[1] [2]",
        "// comment\n[]",
        "[tru]",
        "{\"a\": 1, \"a\": 2}",
        "[\"unterminated]",
        "NaN"
      })
  void rejectsWhatRfc8259Rejects(String text) {
    assertThatThrownBy(() -> JsonParser.parse("t.json", text))
        .isInstanceOf(SnarkjsFormatException.class)
        .hasMessageStartingWith("t.json: is not valid JSON at line ");
  }

  @Test
  void rejectsDeepNestingInsteadOfOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> JsonParser.parse("t.json", deep))
        .isInstanceOf(SnarkjsFormatException.class)
        .hasMessageContaining("nesting deeper than");
  }

  @Test
  void writerMatchesJavaScriptStringifyWithIndentOne() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("a", new JsonArray(List.of(new JsonString("1"), new JsonArray(List.of()))));
    members.put("b", new JsonNumber("2"));
    members.put("c", new JsonString("q\"\\\u0001"));
    assertThat(JsonWriter.write(new JsonObject(members)))
        .isEqualTo(
            "{\n \"a\": [\n  \"1\",\n  []\n ],\n \"b\": 2,\n \"c\": \"q\\\"\\\\\\u0001\"\n}");
  }
}
