package io.validium.dac;

import io.restassured.path.json.JsonPath;
import io.validium.dac.testing.Chain;

/** Lets tests in other packages share the chain that mirrors the running test node. */
public final class BatchApiTestAccess {
  private BatchApiTestAccess() {}

  public static Chain chain() {
    return BatchApiTest.CHAIN;
  }

  public static JsonPath attest(Chain.Offer o) {
    return BatchApiTest.attest(o);
  }
}
