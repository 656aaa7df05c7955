package io.validium.l1.submit;

import io.validium.core.crypto.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The custom errors submitBatch can revert with (Validium and CommitteeVerifier), by selector. */
public final class ContractErrors {

  /** The error that means another submission of the batch got there first. */
  public static final String WRONG_BATCH_NUMBER = "WrongBatchNumber";

  private static final List<String> SIGNATURES =
      List.of(
          "IsFrozen()",
          "WrongBatchNumber(uint64,uint64)",
          "WrongOldRoot(bytes32,bytes32)",
          "DepositCountOutOfRange(uint64,uint64,uint64)",
          "L1OpsMismatch(bytes32,bytes32)",
          "InvalidProof()",
          "InvalidCertificate()",
          "NotAFieldElement()",
          "MalformedCertificate()",
          "UnknownOrExpiredEpoch(uint64,uint64)",
          "HighS(uint256)",
          "BadV(uint256)",
          "BadSignature(uint256)",
          "SignersNotStrictlyIncreasing(uint256,address)",
          "NotAMember(uint256,address)",
          "TooFewSignatures(uint256,uint256)",
          "Reentrancy()");

  private static final Map<String, String> BY_SELECTOR = new LinkedHashMap<>();

  static {
    for (String s : SIGNATURES) {
      byte[] h = Keccak256.hash(s.getBytes(StandardCharsets.US_ASCII));
      BY_SELECTOR.put(HexFormat.of().formatHex(h, 0, 4), s.substring(0, s.indexOf('(')));
    }
  }

  private ContractErrors() {}

  /** The error's name for revert data {@code 0x<selector><args>}, if it is one of these. */
  public static Optional<String> name(String revertData) {
    if (revertData == null) {
      return Optional.empty();
    }
    String hex = revertData.startsWith("0x") ? revertData.substring(2) : revertData;
    if (hex.length() < 8) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_SELECTOR.get(hex.substring(0, 8).toLowerCase()));
  }

  /** Finds revert data in a node's error text (nodes put it in "data" or in the message). */
  public static Optional<String> nameIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("0x[0-9a-fA-F]{8}").matcher(text);
    while (m.find()) {
      Optional<String> n = name(m.group());
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }
}
