package io.validium.zk.snarkjs;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq12;
import io.validium.zk.field.Fq2;
import io.validium.zk.field.Fq6;
import io.validium.zk.snarkjs.JsonValue.JsonArray;
import io.validium.zk.snarkjs.JsonValue.JsonNumber;
import io.validium.zk.snarkjs.JsonValue.JsonObject;
import io.validium.zk.snarkjs.JsonValue.JsonString;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads snarkjs values out of a parsed JSON tree, tracking the path of each value so that every
 * error names the field: points as projective triples with z = "1" (or snarkjs's encoding of the
 * point at infinity), field elements as canonical decimal strings.
 */
final class SnarkjsDecoder {

  /** 2^256 has 78 decimal digits; nothing longer fits the 256-bit words snarkjs works in. */
  static final int MAX_DIGITS = 78;

  private static final Pattern CANONICAL_DECIMAL = Pattern.compile("0|[1-9][0-9]*");

  private final String document;

  SnarkjsDecoder(String document) {
    this.document = document;
  }

  SnarkjsFormatException error(String path, String problem) {
    return new SnarkjsFormatException(document, path, problem);
  }

  /** The members of an object that must have exactly the required names plus optional ones. */
  Map<String, JsonValue> object(
      JsonValue value, String path, Set<String> required, Set<String> optional) {
    if (!(value instanceof JsonObject object)) {
      throw error(path, "must be an object, not " + JsonValue.kind(value));
    }
    for (String name : object.members().keySet()) {
      if (!required.contains(name) && !optional.contains(name)) {
        throw error(path, "has an unexpected field \"" + name + "\"");
      }
    }
    for (String name : required) {
      if (!object.members().containsKey(name)) {
        throw error(path, "lacks the field \"" + name + "\"");
      }
    }
    return object.members();
  }

  /** The elements of an array; {@code size} < 0 means any non-zero length. */
  List<JsonValue> array(JsonValue value, String path, int size) {
    if (!(value instanceof JsonArray array)) {
      throw error(path, "must be an array, not " + JsonValue.kind(value));
    }
    List<JsonValue> elements = array.elements();
    if (size >= 0 && elements.size() != size) {
      throw error(path, "must have " + size + " elements, not " + elements.size());
    }
    return elements;
  }

  /** A string with exactly the given content. */
  void constant(JsonValue value, String path, String expected) {
    if (!(value instanceof JsonString string) || !string.value().equals(expected)) {
      throw error(path, "must be \"" + expected + "\"");
    }
  }

  /** A non-negative JSON integer (no fraction, exponent or sign). */
  int smallInteger(JsonValue value, String path) {
    if (!(value instanceof JsonNumber number)
        || !CANONICAL_DECIMAL.matcher(number.text()).matches()
        || number.text().length() > 9) {
      throw error(path, "must be a non-negative integer");
    }
    return Integer.parseInt(number.text());
  }

  /** A canonical decimal string (digits only, no leading zero) of at most 78 digits. */
  BigInteger decimal(JsonValue value, String path) {
    if (!(value instanceof JsonString string)) {
      throw error(path, "must be a decimal string, not " + JsonValue.kind(value));
    }
    String s = string.value();
    if (!CANONICAL_DECIMAL.matcher(s).matches()) {
      throw error(path, "must be a decimal string of digits without leading zeros");
    }
    if (s.length() > MAX_DIGITS) {
      throw error(path, "has more than " + MAX_DIGITS + " digits");
    }
    return new BigInteger(s);
  }

  Fq fq(JsonValue value, String path) {
    BigInteger v = decimal(value, path);
    if (v.compareTo(Fq.MODULUS) >= 0) {
      throw error(path, "is not below the field modulus");
    }
    return Fq.fromBigInteger(v);
  }

  Fq2 fq2(JsonValue value, String path) {
    List<JsonValue> c = array(value, path, 2);
    return Fq2.of(fq(c.get(0), path + "[0]"), fq(c.get(1), path + "[1]"));
  }

  Fq12 fq12(JsonValue value, String path) {
    List<JsonValue> c = array(value, path, 2);
    return Fq12.of(fq6(c.get(0), path + "[0]"), fq6(c.get(1), path + "[1]"));
  }

  private Fq6 fq6(JsonValue value, String path) {
    List<JsonValue> b = array(value, path, 3);
    return Fq6.of(
        fq2(b.get(0), path + "[0]"), fq2(b.get(1), path + "[1]"), fq2(b.get(2), path + "[2]"));
  }

  /** ["x", "y", "1"], or ["0", "1", "0"] for the point at infinity. */
  G1 g1(JsonValue value, String path) {
    List<JsonValue> c = array(value, path, 3);
    Fq x = fq(c.get(0), path + "[0]");
    Fq y = fq(c.get(1), path + "[1]");
    Fq z = fq(c.get(2), path + "[2]");
    if (z.isOne()) {
      return G1.fromAffine(x, y);
    }
    if (z.isZero() && x.isZero() && y.isOne()) {
      return G1.INFINITY;
    }
    throw error(
        path + "[2]",
        "must be \"1\" (snarkjs writes affine points), or the point must be [\"0\", \"1\", \"0\"]");
  }

  /** [[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]], or [["0", "0"], ["1", "0"], ["0", "0"]]. */
  G2 g2(JsonValue value, String path) {
    List<JsonValue> c = array(value, path, 3);
    Fq2 x = fq2(c.get(0), path + "[0]");
    Fq2 y = fq2(c.get(1), path + "[1]");
    Fq2 z = fq2(c.get(2), path + "[2]");
    if (z.isOne()) {
      return G2.fromAffine(x, y);
    }
    if (z.isZero() && x.isZero() && y.isOne()) {
      return G2.INFINITY;
    }
    throw error(
        path + "[2]",
        "must be [\"1\", \"0\"] (snarkjs writes affine points), or the point must be"
            + " [[\"0\", \"0\"], [\"1\", \"0\"], [\"0\", \"0\"]]");
  }
}
