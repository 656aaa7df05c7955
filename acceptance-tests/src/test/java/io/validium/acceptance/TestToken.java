package io.validium.acceptance;

import io.validium.cli.client.L1Api;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;

/** The ERC-20 {@link TestTokenDeployStep} registered, as seen on L1: minted to and read from. */
record TestToken(String address) {
  static final TokenId ID = TokenId.of(TestTokenDeployStep.TOKEN_ID);

  /** The token the contract has registered under {@link #ID}. */
  static TestToken registeredIn(L1Api l1) {
    return new TestToken(l1.tokenAddress(ID));
  }

  /** Mints {@code amount} to {@code holder} (anyone may), paid by {@code holder}'s key. */
  void mint(L1Api l1, Credentials holder, BigInteger amount) {
    l1.transact(
        holder,
        address,
        new Function(
            "mint", List.of(new Address(holder.getAddress()), new Uint256(amount)), List.of()));
  }

  /** {@code holder}'s balance of the token on L1. */
  BigInteger balanceOf(L1Api l1, String holder) {
    Function f =
        new Function(
            "balanceOf", List.of(new Address(holder)), List.of(new TypeReference<Uint256>() {}));
    return (BigInteger) l1.read(address, f).get(0).getValue();
  }
}
