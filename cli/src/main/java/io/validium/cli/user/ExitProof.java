package io.validium.cli.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.cli.client.ClientException;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.generated.StaticArray24;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint96;

/**
 * An account's balance of one token with its Merkle paths, as a DAC member serves it (protocol.md
 * 11.4), checked here against the final root exactly as {@code Validium.exit} checks it (10.4).
 */
record ExitProof(
    AccountId account,
    TokenId token,
    Amount balance,
    EdDsaPublicKey publicKey,
    long nonce,
    List<Fr> balanceSiblings,
    List<Fr> accountSiblings) {
  static final int BALANCE_DEPTH = 4;
  static final int ACCOUNT_DEPTH = 24;

  /**
   * Reads a member's answer; empty when the account holds none of {@code token}. A malformed answer
   * is the member's fault and is reported as such.
   */
  static Optional<ExitProof> from(JsonNode n, AccountId account, TokenId token, String member) {
    try {
      if (n.path("account").asLong(-1) != account.value() || !n.path("exists").isBoolean()) {
        throw new IllegalArgumentException("the answer is for another account");
      }
      if (!n.path("exists").asBoolean()) {
        return Optional.empty();
      }
      JsonNode balance = null;
      for (JsonNode b : n.path("balances")) {
        if (b.path("token").asInt(-1) == token.value()) {
          balance = b;
        }
      }
      if (balance == null) {
        return Optional.empty();
      }
      long nonce = n.path("nonce").asLong(-1);
      if (nonce < 0 || nonce > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("no nonce");
      }
      return Optional.of(
          new ExitProof(
              account,
              token,
              Amount.parse(balance.path("amount").asText()),
              new EdDsaPublicKey(fr(n.path("publicKeyX")), fr(n.path("publicKeyY"))),
              nonce,
              siblings(balance.path("proof"), token.value(), BALANCE_DEPTH),
              siblings(n.path("proof"), account.value(), ACCOUNT_DEPTH)));
    } catch (IllegalArgumentException e) {
      throw new ClientException(
          "the DAC member at "
              + member
              + " served an unusable account proof ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /** The root these paths lead to, computed as the contract does. */
  Fr root() {
    Fr node = Fr.fromBigInteger(balance.toBigInteger());
    for (int k = 0; k < BALANCE_DEPTH; k++) {
      Fr s = balanceSiblings.get(k);
      node = ((token.value() >> k) & 1) == 1 ? Poseidon.hash(s, node) : Poseidon.hash(node, s);
    }
    node = Poseidon.hash(publicKey.x(), publicKey.y(), Fr.of(nonce), node);
    for (int k = 0; k < ACCOUNT_DEPTH; k++) {
      Fr s = accountSiblings.get(k);
      node = ((account.value() >> k) & 1) == 1 ? Poseidon.hash(s, node) : Poseidon.hash(node, s);
    }
    return node;
  }

  /** The call {@code exit(ExitProof, recipient, signature)}. */
  Function exitCall(Address recipient, EdDsaSignature sig) {
    StaticStruct proof =
        new StaticStruct(
            new Uint32(account.value()),
            new Uint16(token.value()),
            new Uint96(balance.toBigInteger()),
            new Uint256(publicKey.x().toBigInteger()),
            new Uint256(publicKey.y().toBigInteger()),
            new Uint32(nonce),
            new StaticArray4<>(Uint256.class, words(balanceSiblings)),
            new StaticArray24<>(Uint256.class, words(accountSiblings)));
    StaticStruct signature =
        new StaticStruct(
            new Uint256(sig.r8x().toBigInteger()),
            new Uint256(sig.r8y().toBigInteger()),
            new Uint256(sig.s()));
    return new Function(
        "exit",
        List.of(proof, new org.web3j.abi.datatypes.Address(recipient.toString()), signature),
        List.of());
  }

  private static List<Uint256> words(List<Fr> fs) {
    return fs.stream().map(f -> new Uint256(f.toBigInteger())).toList();
  }

  private static List<Fr> siblings(JsonNode proof, long index, int depth) {
    if (proof.path("index").asLong(-1) != index) {
      throw new IllegalArgumentException(
          "a path for index " + proof.path("index") + ", not " + index);
    }
    JsonNode s = proof.path("siblings");
    if (!s.isArray() || s.size() != depth) {
      throw new IllegalArgumentException("a path of " + s.size() + " siblings, not " + depth);
    }
    List<Fr> out = new ArrayList<>(depth);
    for (JsonNode x : s) {
      out.add(fr(x));
    }
    return out;
  }

  private static Fr fr(JsonNode v) {
    String t = v.asText("");
    if (!t.matches("0x[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException("\"" + t + "\" is not a field element");
    }
    return Fr.fromBytesBigEndian(HexFormat.of().parseHex(t.substring(2)));
  }

  static Fr root(String hex) {
    return fr(new com.fasterxml.jackson.databind.node.TextNode(hex));
  }
}
