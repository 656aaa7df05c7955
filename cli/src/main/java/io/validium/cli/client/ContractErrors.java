package io.validium.cli.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.Response;

/** Names the custom error a Validium call reverted with (l1-bridge/contracts/Validium.sol). */
final class ContractErrors {
  private static final List<String> SIGNATURES =
      List.of(
          "NotOwner()",
          "IsFrozen()",
          "NotFrozen()",
          "Reentrancy()",
          "WrongBatchNumber(uint64,uint64)",
          "WrongOldRoot(bytes32,bytes32)",
          "DepositCountOutOfRange(uint64,uint64,uint64)",
          "L1OpsMismatch(bytes32,bytes32)",
          "InvalidProof()",
          "InvalidCertificate()",
          "BadAccountId()",
          "BadPublicKey()",
          "AccountKeyMismatch()",
          "BadAmount()",
          "UnknownToken(uint16)",
          "TokenAlreadyRegistered()",
          "TransferFailed()",
          "NotClaimable()",
          "NothingOverdue()",
          "AlreadyExited()",
          "InvalidExitProof()",
          "BadExitSignature()",
          "NotReclaimable()",
          "NothingPending()",
          "TooEarly(uint64)",
          "BadRecipient()",
          "UnknownAccount()",
          "BadForcedWithdrawalSignature()",
          "ForcedWithdrawalsDisabled()",
          "SupplyCapExceeded(uint16,uint256,uint256)");
  private static final Map<String, String> BY_SELECTOR = new LinkedHashMap<>();

  static {
    for (String s : SIGNATURES) {
      BY_SELECTOR.put(Hash.sha3String(s).substring(0, 10), s.substring(0, s.indexOf('(')));
    }
  }

  private ContractErrors() {}

  /** The error's name when the revert data starts with a known selector, else the node's text. */
  static String describe(Response.Error error) {
    String data = error.getData() == null ? "" : error.getData().replace("\"", "").trim();
    if (data.length() >= 10) {
      String name = BY_SELECTOR.get(data.substring(0, 10).toLowerCase(java.util.Locale.ROOT));
      if (name != null) {
        return name;
      }
    }
    return error.getMessage();
  }
}
