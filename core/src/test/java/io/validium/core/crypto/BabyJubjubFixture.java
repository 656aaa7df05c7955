package io.validium.core.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.field.Fr;
import io.validium.core.testing.Fixtures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The circomlibjs vectors in {@code shared/fixtures/babyjubjub-eddsa-poseidon.json}. */
final class BabyJubjubFixture {

  private static final JsonNode ROOT = Fixtures.json("babyjubjub-eddsa-poseidon.json");

  /** A multiple of B8 computed by circomlibjs. */
  record ScalarMultiple(BigInteger scalar, Fr x, Fr y) {
    @Override
    public String toString() {
      return "scalar " + scalar;
    }
  }

  /** A signature with circomlibjs' verdict on it. */
  record SignatureVector(
      int index,
      Fr publicKeyX,
      Fr publicKeyY,
      Fr message,
      Fr r8x,
      Fr r8y,
      BigInteger s,
      boolean valid) {
    @Override
    public String toString() {
      return "signature #" + index + (valid ? " (valid)" : " (invalid)");
    }
  }

  private BabyJubjubFixture() {}

  static JsonNode curve() {
    return ROOT.get("curve");
  }

  static List<ScalarMultiple> scalarMultiples() {
    List<ScalarMultiple> out = new ArrayList<>();
    for (JsonNode n : ROOT.get("scalarMultiples")) {
      JsonNode p = n.get("point");
      out.add(new ScalarMultiple(integer(n.get("scalar")), fr(p.get(0)), fr(p.get(1))));
    }
    return out;
  }

  static List<SignatureVector> signatures() {
    List<SignatureVector> out = new ArrayList<>();
    for (JsonNode n : ROOT.get("signatures")) {
      JsonNode a = n.get("publicKey");
      JsonNode r = n.get("R8");
      out.add(
          new SignatureVector(
              out.size(),
              fr(a.get(0)),
              fr(a.get(1)),
              fr(n.get("message")),
              fr(r.get(0)),
              fr(r.get(1)),
              integer(n.get("S")),
              n.get("valid").asBoolean()));
    }
    return out;
  }

  static Fr fr(JsonNode n) {
    return Fr.fromDecimal(n.asText());
  }

  static BigInteger integer(JsonNode n) {
    return new BigInteger(n.asText());
  }
}
