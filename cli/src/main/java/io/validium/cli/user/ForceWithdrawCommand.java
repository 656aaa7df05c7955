package io.validium.cli.user;

import io.validium.cli.UserError;
import io.validium.cli.client.L1Api;
import io.validium.core.codec.TransactionCodec;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Keccak256;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.HexFormat;
import java.util.List;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint96;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validium force-withdraw}: when the sequencer does not take the account's L2 withdrawal,
 * asks L1 for it (protocol.md 17.1). Signs the request message with the account key for the
 * contract's request nonce and sends {@code requestForcedWithdrawal}; the request joins the L1
 * priority queue, and a batch must consume it by its deadline or anyone may freeze the contract.
 * The batch pays {@code min(amount, balance)}, claimable once final. Needs no sequencer.
 */
@Command(
    name = "force-withdraw",
    mixinStandardHelpOptions = true,
    description =
        "Request a withdrawal on L1, signed by the account key, that the operator must process by"
            + " its deadline (it pays at most the balance; exit 1 if L1 refuses or it is closed).")
public final class ForceWithdrawCommand extends UserCommand {
  @Mixin KeyOptions key;
  @Mixin L1KeyOptions l1Key;
  @Mixin Amounts amounts;
  @Mixin Endpoints endpoints;

  @Option(
      names = "--recipient",
      paramLabel = "ADDRESS",
      description = "L1 address paid (default: the --l1-key's address)")
  String recipient;

  @Override
  public Integer call() {
    Amount amount = amounts.amount();
    TokenId token = amounts.token();
    Address to = recipient == null ? null : Args.address(recipient, "--recipient");
    var payer = l1Key.load("to pay the request on L1");
    if (to == null) {
      to = Address.parse(payer.getAddress());
    }
    if (to.equals(Address.ZERO)) {
      throw new UserError("--recipient must not be the zero address");
    }
    L2KeyFile k = key.load();
    try (L1Api l1 = endpoints.l1()) {
      if (l1.frozen()) {
        return no("the Validium contract is frozen: exit instead (validium exit)");
      }
      if (!l1.forcedWithdrawalsEnabled()) {
        return no(
            "this Validium contract was deployed with forced withdrawals closed"
                + " (l1-bridge deploy --forced-withdrawals false)");
      }
      if (!token.equals(TokenId.ETH)
          && l1.tokenAddress(token).equals("0x0000000000000000000000000000000000000000")) {
        return no("token " + token + " is not registered on the Validium contract");
      }
      Nonce requestNonce = Nonce.of(l1.forcedWithdrawalNonce(k.account()));
      EdDsaSignature sig =
          k.key()
              .sign(
                  ForcedWithdrawal.requestMessage(
                      endpoints.domain(), k.account(), token, amount, to, requestNonce));
      var receipt = l1.transact(payer, request(k, token, amount, to, sig));
      long index = l1.forcedWithdrawalIndex(receipt);
      out()
          .println(
              "forced withdrawal of up to "
                  + amount
                  + " of token "
                  + token
                  + " from account "
                  + k.account().value()
                  + " to "
                  + to
                  + " queued as priority entry "
                  + index
                  + " (due by L1 block "
                  + l1.depositDeadline(index)
                  + ") in transaction "
                  + receipt.getTransactionHash());
      // The sequencer keys the entry's receipt by the hash of its L2 encoding (protocol 17.2),
      // which the request alone determines, so the user can follow and claim it at once.
      ForcedWithdrawal l2 =
          new ForcedWithdrawal(
              endpoints.domain(), DepositIndex.of(index), k.account(), token, amount, to);
      String l2Hash = "0x" + HexFormat.of().formatHex(Keccak256.hash(TransactionCodec.encode(l2)));
      out().println("L2 transaction " + l2Hash);
      out()
          .println(
              "once a final batch consumes it, claim what it paid with: validium claim --tx "
                  + l2Hash
                  + " --wait");
      return 0;
    }
  }

  private static Function request(
      L2KeyFile k, TokenId token, Amount amount, Address to, EdDsaSignature sig) {
    return new Function(
        "requestForcedWithdrawal",
        List.of(
            new Uint32(k.account().value()),
            new Uint16(token.value()),
            new Uint96(amount.toBigInteger()),
            new org.web3j.abi.datatypes.Address(to.toString()),
            new Uint256(k.publicKey().x().toBigInteger()),
            new Uint256(k.publicKey().y().toBigInteger()),
            new StaticStruct(
                new Uint256(sig.r8x().toBigInteger()),
                new Uint256(sig.r8y().toBigInteger()),
                new Uint256(sig.s()))),
        List.of());
  }
}
