package io.validium.sequencer.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.validium.core.tx.Deposit;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;

/** Opens accounts the way production does: a deposit event relayed on the L1 events topic. */
public final class Accounts {
  private Accounts() {}

  public static AccountId open(TokenId token, Amount amount) {
    AccountId id = TestChain.newAccountId();
    deposit(id, token, amount);
    return id;
  }

  /** Relays a deposit and waits until the sequencer has applied it; returns it. */
  public static Deposit deposit(AccountId id, TokenId token, Amount amount) {
    Deposit d = TestChain.nextDeposit(id, token, amount);
    KafkaClients.send("validium.l1.events", d.index().toString(), TestChain.json(d));
    Eventually.get(
        () -> given().get("/v1/roots").jsonPath().getString("nextDepositIndex"),
        next -> Long.parseLong(next) > d.index().value(),
        "deposit " + d.index());
    return d;
  }

  public static JsonPath get(AccountId id) {
    return given().get("/v1/accounts/" + id).then().statusCode(200).extract().jsonPath();
  }

  public static String balance(AccountId id, TokenId token) {
    java.util.List<java.util.Map<String, Object>> balances = get(id).getList("balances");
    for (var b : balances) {
      if (b.get("tokenId").equals(token.toString())) {
        return (String) b.get("amount");
      }
    }
    return "0";
  }
}
