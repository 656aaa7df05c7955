package io.validium.zk.solidity;

import io.validium.core.crypto.Keccak256;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ABI calldata of {@code verifyProof} on a contract from {@link SolidityVerifierExporter}: the
 * 4-byte selector, then A, B (coordinates as (c1, c0)), C and the public signals, one 32-byte
 * big-endian word each, all inline because every argument is a fixed-size array.
 */
public final class SolidityCalldata {

  /** The bytes of the selector. */
  public static final int SELECTOR_BYTES = 4;

  private static final int WORD = 32;
  private static final int PROOF_WORDS = 8;

  private SolidityCalldata() {}

  /**
   * The calldata for {@code proof} and {@code signals}. Signals at or above r are encoded as given
   * (the contract rejects them); a signal that does not fit in 256 bits throws
   * IllegalArgumentException.
   */
  public static byte[] encode(Proof proof, PublicSignals signals) {
    int n = signals.size();
    if (n == 0) {
      throw new IllegalArgumentException("verifyProof takes at least one public signal");
    }
    for (int i = 0; i < n; i++) {
      if (signals.get(i).bitLength() > 8 * WORD) {
        throw new IllegalArgumentException("public signal [" + i + "] does not fit in a uint256");
      }
    }
    List<BigInteger> words = new ArrayList<>(proofWords(proof));
    words.addAll(signals.values());
    byte[] out = new byte[SELECTOR_BYTES + words.size() * WORD];
    System.arraycopy(selector(n), 0, out, 0, SELECTOR_BYTES);
    for (int i = 0; i < words.size(); i++) {
      writeWord(words.get(i), out, SELECTOR_BYTES + i * WORD);
    }
    return out;
  }

  /** The proof as the contract's words: a.x, a.y, b.x.c1, b.x.c0, b.y.c1, b.y.c0, c.x, c.y. */
  public static List<BigInteger> proofWords(Proof proof) {
    List<BigInteger> words = new ArrayList<>(PROOF_WORDS);
    words.addAll(EvmPoints.g1(proof.a()));
    words.addAll(EvmPoints.g2(proof.b()));
    words.addAll(EvmPoints.g1(proof.c()));
    return List.copyOf(words);
  }

  /** The canonical signature of verifyProof for {@code publicInputs} inputs. */
  public static String signature(int publicInputs) {
    if (publicInputs < 1) {
      throw new IllegalArgumentException("verifyProof takes at least one public input");
    }
    return "verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[" + publicInputs + "])";
  }

  /** The first four bytes of Keccak-256 of {@link #signature(int)}. */
  public static byte[] selector(int publicInputs) {
    byte[] digest = Keccak256.hash(signature(publicInputs).getBytes(StandardCharsets.US_ASCII));
    return Arrays.copyOf(digest, SELECTOR_BYTES);
  }

  private static void writeWord(BigInteger value, byte[] out, int offset) {
    byte[] bytes = value.toByteArray();
    // toByteArray may carry a leading sign byte of zero; the word keeps the low 32 bytes.
    int length = Math.min(bytes.length, WORD);
    System.arraycopy(bytes, bytes.length - length, out, offset + WORD - length, length);
  }
}
