package io.validium.acceptance;

import io.validium.cli.client.L1Api;
import io.validium.core.types.TokenId;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.http.HttpService;

/** The ERC-20 {@link TestTokenDeployStep} registered, as seen on L1: minted to and read from. */
record TestToken(URI rpc, String address) {
  static final TokenId ID = TokenId.of(TestTokenDeployStep.TOKEN_ID);

  /** The token the contract has registered under {@link #ID}. */
  static TestToken registeredIn(L1Api l1, URI rpc) {
    return new TestToken(rpc, l1.tokenAddress(ID));
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
  @SuppressWarnings("rawtypes")
  BigInteger balanceOf(String holder) {
    Function f =
        new Function(
            "balanceOf", List.of(new Address(holder)), List.of(new TypeReference<Uint256>() {}));
    Web3j web3 = Web3j.build(new HttpService(rpc.toString()));
    try {
      EthCall r =
          web3.ethCall(
                  Transaction.createEthCallTransaction(null, address, FunctionEncoder.encode(f)),
                  DefaultBlockParameterName.LATEST)
              .send();
      if (r.hasError() || r.isReverted()) {
        throw new IllegalStateException("balanceOf reverted on " + address);
      }
      List<Type> out = FunctionReturnDecoder.decode(r.getValue(), f.getOutputParameters());
      return (BigInteger) out.get(0).getValue();
    } catch (IOException e) {
      throw new IllegalStateException("the L1 node does not answer: " + e.getMessage(), e);
    } finally {
      web3.shutdown();
    }
  }
}
