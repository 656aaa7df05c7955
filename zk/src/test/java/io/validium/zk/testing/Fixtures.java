package io.validium.zk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq12;
import io.validium.zk.field.Fq2;
import io.validium.zk.field.Fq6;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerifyingKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The independent test vectors of {@code ../shared/fixtures}, copied byte for byte into this
 * module's test resources ({@code FixtureCopyTest} checks the copy whenever the shared folder is
 * present). Values are read with Jackson, not with the module's own reader, so that a bug in the
 * reader cannot hide a bug in what it feeds.
 */
public final class Fixtures {

  /** The snarkjs Groth16 proof of a one-transfer circuit. */
  public static final String TRANSFER = "groth16/snarkjs-transfer/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** The raw bytes of a fixture file. */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture file as text. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** A fixture file as a Jackson tree. */
  public static JsonNode json(String name) {
    try {
      return JSON.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The verifying key of the transfer fixture. */
  public static VerifyingKey transferKey() {
    JsonNode vk = json(TRANSFER + "vk.json");
    List<G1> ic = new ArrayList<>();
    vk.get("IC").forEach(point -> ic.add(g1(point)));
    return VerifyingKey.of(
        g1(vk.get("vk_alpha_1")),
        g2(vk.get("vk_beta_2")),
        g2(vk.get("vk_gamma_2")),
        g2(vk.get("vk_delta_2")),
        ic,
        fq12(vk.get("vk_alphabeta_12")));
  }

  /** The proof of the transfer fixture. */
  public static Proof transferProof() {
    JsonNode proof = json(TRANSFER + "proof.json");
    return new Proof(g1(proof.get("pi_a")), g2(proof.get("pi_b")), g1(proof.get("pi_c")));
  }

  /** The public signals of the transfer fixture: new root, old root. */
  public static PublicSignals transferSignals() {
    List<BigInteger> values = new ArrayList<>();
    json(TRANSFER + "public.json").forEach(v -> values.add(new BigInteger(v.asText())));
    return new PublicSignals(values);
  }

  /** A G1 point written by snarkjs as ["x", "y", "1"]. */
  public static G1 g1(JsonNode point) {
    return G1.fromAffine(fq(point.get(0)), fq(point.get(1)));
  }

  /** A G2 point written by snarkjs as [["x.c0", "x.c1"], ["y.c0", "y.c1"], ["1", "0"]]. */
  public static G2 g2(JsonNode point) {
    return G2.fromAffine(fq2(point.get(0)), fq2(point.get(1)));
  }

  /** An Fq12 element written by snarkjs as [c0, c1], each [b0, b1, b2] of Fq2 pairs. */
  public static Fq12 fq12(JsonNode value) {
    return Fq12.of(fq6(value.get(0)), fq6(value.get(1)));
  }

  private static Fq6 fq6(JsonNode value) {
    return Fq6.of(fq2(value.get(0)), fq2(value.get(1)), fq2(value.get(2)));
  }

  private static Fq2 fq2(JsonNode value) {
    return Fq2.of(fq(value.get(0)), fq(value.get(1)));
  }

  private static Fq fq(JsonNode value) {
    return Fq.fromDecimal(value.asText());
  }
}
