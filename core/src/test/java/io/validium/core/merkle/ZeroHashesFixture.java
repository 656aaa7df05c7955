package io.validium.core.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.field.Fr;
import io.validium.core.testing.Fixtures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Empty-subtree hashes from circomlibjs, read from the shared {@code merkle-zero-hashes.json}. */
final class ZeroHashesFixture {

  private static final List<Fr> ZEROS = load();

  private ZeroHashesFixture() {}

  /** Root of an empty subtree of height {@code level}, as computed outside this project. */
  static Fr zero(int level) {
    return ZEROS.get(level);
  }

  private static List<Fr> load() {
    List<Fr> zeros = new ArrayList<>();
    for (JsonNode zero : Fixtures.json("merkle-zero-hashes.json").get("zeros")) {
      zeros.add(Fr.fromBigInteger(new BigInteger(zero.asText())));
    }
    return List.copyOf(zeros);
  }
}
