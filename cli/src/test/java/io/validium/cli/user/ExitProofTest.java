package io.validium.cli.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.cli.client.ClientException;
import io.validium.cli.client.L2User;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.state.Account;
import io.validium.core.state.L2State;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.core.types.TokenId;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.crypto.Hash;

class ExitProofTest {
  private static final Domain DOMAIN =
      new Domain(new ChainId(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  private static final Address RECIPIENT =
      Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  @Test
  void encodesTheCallWithTheContractsExitSelector() {
    ExitProof p =
        new ExitProof(
            new AccountId(9),
            TokenId.ETH,
            io.validium.core.types.Amount.of(5),
            EdDsaPrivateKey.generate(new SecureRandom()).publicKey(),
            3,
            java.util.Collections.nCopies(4, Fr.ONE),
            java.util.Collections.nCopies(24, Fr.ZERO));
    String selector =
        Hash.sha3String(
                "exit((uint32,uint16,uint96,uint256,uint256,uint32,uint256[4],uint256[24]),address,"
                    + "(uint256,uint256,uint256))")
            .substring(0, 10);

    String data = FunctionEncoder.encode(p.exitCall(RECIPIENT, sigOf(p)));

    assertThat(data).startsWith(selector);
    // A static tuple: 4 + 32 * (6 + 4 + 24 + 1 + 3) bytes, no offsets.
    assertThat(data.length()).isEqualTo(2 + 2 * (4 + 32 * 38));
  }

  @Test
  void theExitMessageIsTheProtocolsAndTheSignatureVerifiesUnderTheAccountKey() {
    EdDsaPrivateKey key = EdDsaPrivateKey.generate(new SecureRandom());
    L2User u = new L2User(new AccountId(300), key, DOMAIN);

    Fr m = L2User.exitMessage(DOMAIN, new AccountId(300), new TokenId(2), RECIPIENT);

    long header = 4 + (300L << 8) + (2L << 32);
    assertThat(m)
        .isEqualTo(
            Poseidon.hash(
                DOMAIN.hash(), Fr.of(header), Fr.fromBigInteger(RECIPIENT.toBigInteger())));
    assertThat(key.publicKey().verify(m, u.signExit(new TokenId(2), RECIPIENT))).isTrue();
  }

  @Test
  void aMembersAnswerLeadsToTheStateRootAndATamperedOneDoesNot() {
    AccountId id = new AccountId(77);
    ObjectNode answer = answer(id, "1000");
    Fr root =
        Fr.fromBytesBigEndian(
            java.util.HexFormat.of().parseHex(answer.path("stateRoot").asText().substring(2)));

    ExitProof p = ExitProof.from(answer, id, TokenId.ETH, "m").orElseThrow();
    assertThat(p.root()).isEqualTo(root);

    ((ObjectNode) answer.path("balances").get(0)).put("amount", "1001");
    ExitProof forged = ExitProof.from(answer, id, TokenId.ETH, "m").orElseThrow();
    assertThat(forged.root()).isNotEqualTo(root);
  }

  @Test
  void refusesAnswersForAnotherAccountOrWithShortPaths() {
    AccountId id = new AccountId(77);
    assertThatThrownBy(() -> ExitProof.from(answer(id, "5"), new AccountId(78), TokenId.ETH, "m"))
        .isInstanceOf(ClientException.class)
        .hasMessageContaining("served an unusable account proof");
    ObjectNode shortPath = answer(id, "5");
    ((ArrayNode) shortPath.path("proof").path("siblings")).remove(0);
    assertThatThrownBy(() -> ExitProof.from(shortPath, id, TokenId.ETH, "m"))
        .hasMessageContaining("a path of 23 siblings, not 24");
    assertThat(ExitProof.from(answer(id, "5"), id, new TokenId(3), "m")).isEmpty();
  }

  private static io.validium.core.crypto.EdDsaSignature sigOf(ExitProof p) {
    return EdDsaPrivateKey.generate(new SecureRandom()).sign(Fr.ONE);
  }

  /** What dac-node's AccountResource answers, built from a real core state. */
  private static ObjectNode answer(AccountId id, String amount) {
    EdDsaPrivateKey key = EdDsaPrivateKey.fromBytes(new byte[32]);
    L2State state = new L2State(DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    // A second account, so the account path has a non-empty sibling somewhere.
    for (int i : new int[] {id.value() + 1, id.value()}) {
      var d =
          new io.validium.core.tx.Deposit(
              DOMAIN,
              state.nextDepositIndex(),
              new AccountId(i),
              key.publicKey(),
              TokenId.ETH,
              io.validium.core.types.Amount.parse(amount));
      assertThat(io.validium.core.state.StateTransition.apply(state, d).isApplied()).isTrue();
    }
    Account a = state.account(id).orElseThrow();
    ObjectMapper json = new ObjectMapper();
    ObjectNode n = json.createObjectNode();
    n.put("account", id.value());
    n.put("batch", 0);
    n.put("stateRoot", state.root().toString());
    n.put("exists", true);
    n.put("publicKeyX", key.publicKey().x().toHexString());
    n.put("publicKeyY", key.publicKey().y().toHexString());
    n.put("nonce", a.nonce().value());
    ObjectNode b = n.putArray("balances").addObject();
    b.put("token", 0);
    b.put("amount", amount);
    b.set("proof", path(json, a.balances().proof(TokenId.ETH)));
    n.set("proof", path(json, state.proof(id)));
    return n;
  }

  private static ObjectNode path(ObjectMapper json, MerkleProof p) {
    ObjectNode n = json.createObjectNode();
    n.put("index", p.index());
    ArrayNode s = n.putArray("siblings");
    p.siblings().forEach(f -> s.add(f.toHexString()));
    return n;
  }
}
