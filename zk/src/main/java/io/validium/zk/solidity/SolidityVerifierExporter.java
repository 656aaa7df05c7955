package io.validium.zk.solidity;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.VerifyingKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the Solidity source (pragma ^0.8.20, Apache-2.0) of a contract that verifies Groth16
 * proofs for one verifying key, through the ecAdd, ecMul and pairing precompiles only.
 *
 * <p>The contract's {@code verifyProof(uint256[2] a, uint256[2][2] b, uint256[2] c, uint256[n]
 * input)} takes B with each coordinate as (c1, c0), as {@link SolidityCalldata} encodes it, and
 * returns false rather than reverting for an input at or above r, a point off its curve or outside
 * G2, and a failing pairing. It reverts with {@code NotEnoughGas()} when too little gas is left for
 * a precompile, so that a caller cannot starve the pairing to make a valid proof read as invalid
 * (which also makes eth_estimateGas meaningful). The output depends only on the key and the name,
 * so it can be regenerated and compared.
 */
public final class SolidityVerifierExporter {

  /** The contract name used when none is given. */
  public static final String DEFAULT_CONTRACT_NAME = "Groth16Verifier";

  private static final String TEMPLATE = "Groth16Verifier.sol.template";
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z0-9_]+)}}");
  private static final List<String> G2_WORDS = List.of("X1", "X0", "Y1", "Y0");

  private SolidityVerifierExporter() {}

  /** The verifier for {@code vk}, named {@value #DEFAULT_CONTRACT_NAME}. */
  public static String export(VerifyingKey vk) {
    return export(vk, DEFAULT_CONTRACT_NAME);
  }

  /**
   * The verifier for {@code vk} named {@code contractName}, which must be an identifier of ASCII
   * letters, digits and underscores. Throws IllegalArgumentException for a key without public
   * inputs (Solidity has no zero-length array) or with a point that no valid key has: one off its
   * curve, or a G2 point outside the order-r subgroup.
   */
  public static String export(VerifyingKey vk, String contractName) {
    if (!isContractName(contractName)) {
      throw new IllegalArgumentException(
          "the contract name must be a Solidity identifier: '" + contractName + "'");
    }
    int n = vk.publicInputCount();
    if (n == 0) {
      throw new IllegalArgumentException("a key without public inputs cannot be exported");
    }
    checkKey(vk);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("CONTRACT", contractName);
    values.put("N", Integer.toString(n));
    put(values, "ALPHA_", List.of("X", "Y"), EvmPoints.g1(vk.alpha1()));
    put(values, "BETA_", G2_WORDS, EvmPoints.g2(vk.beta2()));
    put(values, "GAMMA_", G2_WORDS, EvmPoints.g2(vk.gamma2()));
    put(values, "DELTA_", G2_WORDS, EvmPoints.g2(vk.delta2()));
    values.put("IC_CONSTANTS", icConstants(vk.ic()));
    values.put("IC_ACCUMULATE", icAccumulate(n));
    return fill(template(), values);
  }

  /** Whether {@code name} can name the contract: ASCII letters, digits and underscores. */
  public static boolean isContractName(String name) {
    return IDENTIFIER.matcher(name).matches();
  }

  private static void put(
      Map<String, String> values, String prefix, List<String> names, List<BigInteger> words) {
    for (int i = 0; i < names.size(); i++) {
      values.put(prefix + names.get(i), words.get(i).toString());
    }
  }

  private static String icConstants(List<G1> ic) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < ic.size(); i++) {
      List<BigInteger> xy = EvmPoints.g1(ic.get(i));
      out.append(constant("IC" + i + "_X", xy.get(0)));
      out.append(constant("IC" + i + "_Y", xy.get(1)));
    }
    return out.toString();
  }

  private static String constant(String name, BigInteger value) {
    return "    uint256 private constant " + name + " = " + value + ";\n";
  }

  private static String icAccumulate(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int point = i + 1;
      out.append("        accumulate(l, IC")
          .append(point)
          .append("_X, IC")
          .append(point)
          .append("_Y, input[")
          .append(i)
          .append("]);\n");
    }
    // The template's placeholder line ends in its own newline.
    return out.substring(0, out.length() - 1);
  }

  private static void checkKey(VerifyingKey vk) {
    checkG1("vk_alpha_1", vk.alpha1());
    for (int i = 0; i < vk.ic().size(); i++) {
      checkG1("IC[" + i + "]", vk.ic().get(i));
    }
    checkG2("vk_beta_2", vk.beta2());
    checkG2("vk_gamma_2", vk.gamma2());
    checkG2("vk_delta_2", vk.delta2());
  }

  private static void checkG1(String name, G1 p) {
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException(name + " is not on the curve");
    }
  }

  private static void checkG2(String name, G2 p) {
    // The pairing precompile rejects such a point, so the contract would refuse every proof.
    if (!p.isOnCurve() || !p.isInSubgroup()) {
      throw new IllegalArgumentException(name + " is not in the order-r subgroup G2");
    }
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("the template has an unknown placeholder " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String template() {
    try (InputStream in = SolidityVerifierExporter.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the verifier template " + TEMPLATE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
