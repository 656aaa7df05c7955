package io.validium.sequencer.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.codec.Decoded;
import io.validium.core.codec.TransactionCodec;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import io.validium.sequencer.wire.TransactionDto.PublicKeyDto;
import io.validium.sequencer.wire.TransactionDto.SignatureDto;
import io.validium.sequencer.wire.WireError.Kind;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps the JSON form of transactions to core's domain types and back. Parsing is strict: exactly
 * the fields of the type, each in its one canonical text form, and the result re-checked by the
 * canonical binary decoder, so that JSON accepts nothing the binary encoding would refuse.
 */
public final class TransactionJson {
  private static final Set<String> TRANSFER =
      Set.of(
          "type", "chainId", "validium", "from", "to", "tokenId", "amount", "nonce", "signature");
  private static final Set<String> WITHDRAWAL =
      Set.of(
          "type",
          "chainId",
          "validium",
          "from",
          "tokenId",
          "amount",
          "nonce",
          "recipient",
          "signature");
  private static final Set<String> DEPOSIT =
      Set.of(
          "type",
          "chainId",
          "validium",
          "depositIndex",
          "accountId",
          "publicKey",
          "tokenId",
          "amount");
  private static final Set<String> FORCED_WITHDRAWAL =
      Set.of(
          "type",
          "chainId",
          "validium",
          "depositIndex",
          "accountId",
          "tokenId",
          "amount",
          "recipient");

  private final ObjectMapper mapper;

  public TransactionJson() {
    this.mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** Parses JSON text into a tree; refuses anything but one well-formed JSON value. */
  public Parsed<JsonNode> tree(String json) {
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || node.isMissingNode()) {
        return Parsed.error(Kind.MALFORMED_JSON, null, "the body is empty");
      }
      return Parsed.ok(node);
    } catch (JsonProcessingException e) {
      return Parsed.error(Kind.MALFORMED_JSON, null, e.getOriginalMessage());
    }
  }

  /** A signed transfer or withdrawal, as users submit them. */
  public Parsed<Transaction> parseSigned(JsonNode node) {
    Parsed<Transaction> tx = parse(node);
    if (tx.isOk() && tx.value() instanceof Deposit) {
      return Parsed.error(
          Kind.UNSUPPORTED_TYPE, "type", "deposits are relayed from L1, not submitted");
    }
    if (tx.isOk() && tx.value() instanceof ForcedWithdrawal) {
      // Unsigned on L2: only the L1 contract, which checked the key's signature, may queue one.
      return Parsed.error(
          Kind.UNSUPPORTED_TYPE, "type", "forced withdrawals are requested on L1, not submitted");
    }
    return tx;
  }

  /** A deposit, as l1-bridge relays it. */
  public Parsed<Deposit> parseDeposit(JsonNode node) {
    Parsed<Transaction> tx = parse(node);
    if (!tx.isOk()) {
      return Parsed.error(tx.error());
    }
    if (!(tx.value() instanceof Deposit d)) {
      return Parsed.error(Kind.UNSUPPORTED_TYPE, "type", "only deposits are relayed from L1");
    }
    return Parsed.ok(d);
  }

  /** A forced withdrawal, as l1-bridge relays a {@code ForcedWithdrawalQueued} log (17.6). */
  public Parsed<ForcedWithdrawal> parseForcedWithdrawal(JsonNode node) {
    Parsed<Transaction> tx = parse(node);
    if (!tx.isOk()) {
      return Parsed.error(tx.error());
    }
    if (!(tx.value() instanceof ForcedWithdrawal f)) {
      return Parsed.error(
          Kind.UNSUPPORTED_TYPE, "type", "only forced withdrawals are relayed as forcedWithdrawal");
    }
    return Parsed.ok(f);
  }

  Parsed<Transaction> parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Parsed.error(Kind.WRONG_SHAPE, null, "a transaction is a JSON object");
    }
    try {
      Fields f = new Fields(node);
      String type = f.text("type");
      Transaction tx =
          switch (type) {
            case "transfer" -> {
              f.only(TRANSFER);
              yield new Transfer(
                  domain(f),
                  f.value("from", AccountId::parse),
                  f.value("to", AccountId::parse),
                  f.value("tokenId", TokenId::parse),
                  f.value("amount", Amount::parse),
                  f.value("nonce", Nonce::parse),
                  signature(f));
            }
            case "withdrawal" -> {
              f.only(WITHDRAWAL);
              yield new Withdrawal(
                  domain(f),
                  f.value("from", AccountId::parse),
                  f.value("tokenId", TokenId::parse),
                  f.value("amount", Amount::parse),
                  f.value("nonce", Nonce::parse),
                  f.value("recipient", Address::parse),
                  signature(f));
            }
            case "deposit" -> {
              f.only(DEPOSIT);
              Fields key = f.object("publicKey");
              key.only(Set.of("x", "y"));
              yield new Deposit(
                  domain(f),
                  f.value("depositIndex", DepositIndex::parse),
                  f.value("accountId", AccountId::parse),
                  new EdDsaPublicKey(key.value("x", t -> field(t)), key.value("y", t -> field(t))),
                  f.value("tokenId", TokenId::parse),
                  f.value("amount", Amount::parse));
            }
            case "forcedWithdrawal" -> {
              f.only(FORCED_WITHDRAWAL);
              yield new ForcedWithdrawal(
                  domain(f),
                  f.value("depositIndex", DepositIndex::parse),
                  f.value("accountId", AccountId::parse),
                  f.value("tokenId", TokenId::parse),
                  f.value("amount", TransactionJson::requestedAmount),
                  f.value("recipient", TransactionJson::recipient));
            }
            default ->
                throw new Refusal(
                    Kind.UNSUPPORTED_TYPE,
                    "type",
                    "type is transfer, withdrawal, deposit or forcedWithdrawal, not "
                        + abbreviate(type));
          };
      return recheck(tx);
    } catch (Refusal r) {
      return Parsed.error(r.error);
    }
  }

  /** What core's canonical decoder says of the encoding, so both forms refuse the same things. */
  private static Parsed<Transaction> recheck(Transaction tx) {
    Decoded<Transaction> d = TransactionCodec.decode(TransactionCodec.encode(tx));
    if (d.isOk()) {
      return Parsed.ok(d.value());
    }
    Kind kind =
        switch (d.error().reason()) {
          case INVALID_PUBLIC_KEY -> Kind.INVALID_PUBLIC_KEY;
          default -> Kind.INVALID_FIELD;
        };
    return Parsed.error(kind, null, d.error().detail());
  }

  public TransactionDto toDto(Transaction tx) {
    String chain = Long.toString(tx.domain().chainId().value());
    String validium = tx.domain().validium().toString();
    if (tx instanceof Transfer t) {
      return new TransactionDto(
          "transfer",
          chain,
          validium,
          t.from().toString(),
          t.to().toString(),
          t.token().toString(),
          t.amount().toString(),
          t.nonce().toString(),
          null,
          signatureDto(t.signature()),
          null,
          null,
          null);
    } else if (tx instanceof Withdrawal w) {
      return new TransactionDto(
          "withdrawal",
          chain,
          validium,
          w.from().toString(),
          null,
          w.token().toString(),
          w.amount().toString(),
          w.nonce().toString(),
          w.recipient().toString(),
          signatureDto(w.signature()),
          null,
          null,
          null);
    } else if (tx instanceof ForcedWithdrawal f) {
      return new TransactionDto(
          "forcedWithdrawal",
          chain,
          validium,
          null,
          null,
          f.token().toString(),
          f.amount().toString(),
          null,
          f.recipient().toString(),
          null,
          f.index().toString(),
          f.account().toString(),
          null);
    }
    Deposit d = (Deposit) tx;
    return new TransactionDto(
        "deposit",
        chain,
        validium,
        null,
        null,
        d.token().toString(),
        d.amount().toString(),
        null,
        null,
        null,
        d.index().toString(),
        d.account().toString(),
        new PublicKeyDto(hex(d.publicKey().x()), hex(d.publicKey().y())));
  }

  /** The JSON text of a transaction, as the ingress topic carries it. */
  public String toJson(Transaction tx) {
    try {
      return mapper.writeValueAsString(toDto(tx));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hex(Fr f) {
    return "0x" + HexFormat.of().formatHex(f.toBytesBigEndian());
  }

  private static SignatureDto signatureDto(EdDsaSignature s) {
    return new SignatureDto(hex(s.r8x()), hex(s.r8y()), hex(Fr.fromBigInteger(s.s())));
  }

  private static Domain domain(Fields f) {
    return new Domain(f.value("chainId", ChainId::parse), f.value("validium", Address::parse));
  }

  private static EdDsaSignature signature(Fields f) {
    Fields s = f.object("signature");
    s.only(Set.of("r8x", "r8y", "s"));
    return new EdDsaSignature(
        s.value("r8x", TransactionJson::field),
        s.value("r8y", TransactionJson::field),
        s.value("s", TransactionJson::field).toBigInteger());
  }

  /** The L1 contract queues no request for 0 (17.1), so a relayed 0 is not from L1. */
  private static Amount requestedAmount(String text) {
    Amount a = Amount.parse(text);
    if (a.equals(Amount.ZERO)) {
      throw new IllegalArgumentException("a forced withdrawal requests at least 1");
    }
    return a;
  }

  /** L1 refuses the zero address as a recipient (17.1): nobody could claim what it is paid. */
  private static Address recipient(String text) {
    Address a = Address.parse(text);
    if (a.equals(Address.ZERO)) {
      throw new IllegalArgumentException("a forced withdrawal is not paid to the zero address");
    }
    return a;
  }

  /** {@code 0x} and exactly 64 hex digits, below the field modulus. */
  static Fr field(String text) {
    if (text.length() != 66 || !text.startsWith("0x")) {
      throw new IllegalArgumentException("a field element is 0x followed by 64 hex digits");
    }
    byte[] bytes = HexFormat.of().parseHex(text, 2, 66);
    if (new BigInteger(1, bytes).compareTo(Fr.MODULUS) >= 0) {
      throw new IllegalArgumentException("not below the BN254 scalar field modulus");
    }
    return Fr.fromBytesBigEndian(bytes);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** Reads fields of one JSON object, refusing with the field's path. */
  private static final class Fields {
    private final JsonNode node;
    private final String path;

    Fields(JsonNode node) {
      this(node, "");
    }

    private Fields(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    void only(Set<String> allowed) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!allowed.contains(name)) {
          throw new Refusal(Kind.UNKNOWN_FIELD, path + abbreviate(name), "no such field here");
        }
      }
    }

    String text(String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw new Refusal(Kind.MISSING_FIELD, path + name, "required");
      }
      if (!v.isTextual()) {
        throw new Refusal(
            Kind.INVALID_FIELD, path + name, "a string (integers are decimal strings)");
      }
      return v.textValue();
    }

    Fields object(String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw new Refusal(Kind.MISSING_FIELD, path + name, "required");
      }
      if (!v.isObject()) {
        throw new Refusal(Kind.INVALID_FIELD, path + name, "a JSON object");
      }
      return new Fields(v, path + name + ".");
    }

    <T> T value(String name, Function<String, T> parse) {
      String text = text(name);
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw new Refusal(Kind.INVALID_FIELD, path + name, e.getMessage());
      }
    }
  }

  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final WireError error;

    Refusal(Kind kind, String field, String detail) {
      super(detail, null, false, false);
      this.error = WireError.of(kind, field, detail);
    }
  }
}
