package io.validium.zk.snarkjs;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq12;
import io.validium.zk.field.Fq2;
import io.validium.zk.field.Fq6;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.JsonValue.JsonArray;
import io.validium.zk.snarkjs.JsonValue.JsonNumber;
import io.validium.zk.snarkjs.JsonValue.JsonObject;
import io.validium.zk.snarkjs.JsonValue.JsonString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes snarkjs's Groth16 files, vk.json, proof.json and public.json, for BN254 ("bn128"
 * in snarkjs).
 *
 * <p>Reading is strict: the JSON must be well formed, fields are exactly snarkjs's, numbers are
 * canonical decimal strings below the field modulus, and points are projective triples with z = "1"
 * (snarkjs writes affine points so), G2 coordinates as [c0, c1]. Anything else throws {@link
 * SnarkjsFormatException} naming the field. Points are not checked against their curves here:
 * {@link io.validium.zk.groth16.Groth16Verifier} does that and reports which point is wrong.
 * Writing reproduces snarkjs's layout byte for byte, so a file read and written back is unchanged.
 */
public final class SnarkjsJson {

  private static final String VK = "vk.json";
  private static final String PROOF = "proof.json";
  private static final String PUBLIC = "public.json";
  private static final String GROTH16 = "groth16";
  private static final String BN128 = "bn128";

  private static final Set<String> VK_FIELDS =
      Set.of(
          "protocol",
          "curve",
          "nPublic",
          "vk_alpha_1",
          "vk_beta_2",
          "vk_gamma_2",
          "vk_delta_2",
          "IC");
  private static final Set<String> VK_OPTIONAL = Set.of("vk_alphabeta_12");
  private static final Set<String> PROOF_FIELDS =
      Set.of("pi_a", "pi_b", "pi_c", "protocol", "curve");

  private SnarkjsJson() {}

  /**
   * Reads a vk.json. If it lacks vk_alphabeta_12 (snarkjs always writes it), e(α, β) is computed.
   */
  public static VerifyingKey readVerifyingKey(String json) {
    SnarkjsDecoder d = new SnarkjsDecoder(VK);
    Map<String, JsonValue> vk = d.object(JsonParser.parse(VK, json), "", VK_FIELDS, VK_OPTIONAL);
    d.constant(vk.get("protocol"), "protocol", GROTH16);
    d.constant(vk.get("curve"), "curve", BN128);
    G1 alpha = d.g1(vk.get("vk_alpha_1"), "vk_alpha_1");
    G2 beta = d.g2(vk.get("vk_beta_2"), "vk_beta_2");
    G2 gamma = d.g2(vk.get("vk_gamma_2"), "vk_gamma_2");
    G2 delta = d.g2(vk.get("vk_delta_2"), "vk_delta_2");
    List<JsonValue> icValues = d.array(vk.get("IC"), "IC", -1);
    if (icValues.isEmpty()) {
      throw d.error("IC", "must have at least one point");
    }
    List<G1> ic = new ArrayList<>();
    for (int i = 0; i < icValues.size(); i++) {
      ic.add(d.g1(icValues.get(i), "IC[" + i + "]"));
    }
    int nPublic = d.smallInteger(vk.get("nPublic"), "nPublic");
    if (nPublic != ic.size() - 1) {
      throw d.error(
          "nPublic", "is " + nPublic + " but IC has " + ic.size() + " points (nPublic + 1)");
    }
    JsonValue alphaBeta = vk.get("vk_alphabeta_12");
    return alphaBeta == null
        ? VerifyingKey.of(alpha, beta, gamma, delta, ic)
        : VerifyingKey.of(alpha, beta, gamma, delta, ic, d.fq12(alphaBeta, "vk_alphabeta_12"));
  }

  /** Reads a proof.json. */
  public static Proof readProof(String json) {
    SnarkjsDecoder d = new SnarkjsDecoder(PROOF);
    Map<String, JsonValue> proof =
        d.object(JsonParser.parse(PROOF, json), "", PROOF_FIELDS, Set.of());
    d.constant(proof.get("protocol"), "protocol", GROTH16);
    d.constant(proof.get("curve"), "curve", BN128);
    return new Proof(
        d.g1(proof.get("pi_a"), "pi_a"),
        d.g2(proof.get("pi_b"), "pi_b"),
        d.g1(proof.get("pi_c"), "pi_c"));
  }

  /**
   * Reads a public.json. Values at or above the scalar-field modulus are kept, so that the verifier
   * can reject them with a reason; more than 78 digits is a format error.
   */
  public static PublicSignals readPublicSignals(String json) {
    SnarkjsDecoder d = new SnarkjsDecoder(PUBLIC);
    JsonValue root = JsonParser.parse(PUBLIC, json);
    if (!(root instanceof JsonArray array)) {
      throw d.error("", "must be an array of decimal strings, not " + JsonValue.kind(root));
    }
    List<BigInteger> values = new ArrayList<>();
    for (int i = 0; i < array.elements().size(); i++) {
      values.add(d.decimal(array.elements().get(i), "[" + i + "]"));
    }
    return new PublicSignals(values);
  }

  /** Writes a vk.json as snarkjs does, with nPublic and vk_alphabeta_12. */
  public static String writeVerifyingKey(VerifyingKey vk) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("protocol", new JsonString(GROTH16));
    members.put("curve", new JsonString(BN128));
    members.put("nPublic", new JsonNumber(Integer.toString(vk.publicInputCount())));
    members.put("vk_alpha_1", g1(vk.alpha1()));
    members.put("vk_beta_2", g2(vk.beta2()));
    members.put("vk_gamma_2", g2(vk.gamma2()));
    members.put("vk_delta_2", g2(vk.delta2()));
    members.put("vk_alphabeta_12", fq12(vk.alphaBeta12()));
    List<JsonValue> ic = new ArrayList<>();
    vk.ic().forEach(p -> ic.add(g1(p)));
    members.put("IC", new JsonArray(ic));
    return JsonWriter.write(new JsonObject(members));
  }

  /** Writes a proof.json as snarkjs does. */
  public static String writeProof(Proof proof) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("pi_a", g1(proof.a()));
    members.put("pi_b", g2(proof.b()));
    members.put("pi_c", g1(proof.c()));
    members.put("protocol", new JsonString(GROTH16));
    members.put("curve", new JsonString(BN128));
    return JsonWriter.write(new JsonObject(members));
  }

  /** Writes a public.json as snarkjs does. */
  public static String writePublicSignals(PublicSignals signals) {
    List<JsonValue> values = new ArrayList<>();
    signals.values().forEach(v -> values.add(new JsonString(v.toString())));
    return JsonWriter.write(new JsonArray(values));
  }

  private static JsonValue g1(G1 p) {
    if (p.isInfinity()) {
      return strings(BigInteger.ZERO, BigInteger.ONE, BigInteger.ZERO);
    }
    G1 affine = p.toAffine();
    return strings(affine.x().toBigInteger(), affine.y().toBigInteger(), BigInteger.ONE);
  }

  private static JsonValue g2(G2 p) {
    if (p.isInfinity()) {
      return new JsonArray(List.of(fq2(Fq2.ZERO), fq2(Fq2.ONE), fq2(Fq2.ZERO)));
    }
    G2 affine = p.toAffine();
    return new JsonArray(List.of(fq2(affine.x()), fq2(affine.y()), fq2(Fq2.ONE)));
  }

  private static JsonValue fq12(Fq12 f) {
    return new JsonArray(List.of(fq6(f.c0()), fq6(f.c1())));
  }

  private static JsonValue fq6(Fq6 f) {
    return new JsonArray(List.of(fq2(f.b(0)), fq2(f.b(1)), fq2(f.b(2))));
  }

  private static JsonValue fq2(Fq2 f) {
    return strings(f.c0().toBigInteger(), f.c1().toBigInteger());
  }

  private static JsonValue strings(BigInteger... values) {
    List<JsonValue> out = new ArrayList<>();
    for (BigInteger v : values) {
      out.add(new JsonString(v.toString()));
    }
    return new JsonArray(out);
  }
}
