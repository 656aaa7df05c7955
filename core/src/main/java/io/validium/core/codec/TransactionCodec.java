package io.validium.core.codec;

import io.validium.core.codec.ByteReader.Malformed;
import io.validium.core.crypto.BabyJubjub;
import io.validium.core.crypto.BabyJubjubPoint;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.TxType;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;

/** The canonical binary encoding of transactions (docs/protocol.md, section 5). */
public final class TransactionCodec {
  private TransactionCodec() {}

  public static byte[] encode(Transaction tx) {
    ByteWriter w = new ByteWriter(tx.type().encodedLength());
    write(tx, w);
    return w.toByteArray();
  }

  /** Decodes exactly one transaction; anything but a canonical encoding is refused. */
  public static Decoded<Transaction> decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Decoded.error(DecodeError.Reason.EMPTY, "no bytes");
    }
    ByteReader r = new ByteReader(bytes);
    try {
      Transaction tx = read(r);
      r.requireEnd("transaction");
      return Decoded.ok(tx);
    } catch (Malformed e) {
      return Decoded.error(e.reason, e.getMessage());
    }
  }

  static void write(Transaction tx, ByteWriter w) {
    w.u8(tx.type().code())
        .u64(tx.domain().chainId().value())
        .bytes(tx.domain().validium().toBytes());
    if (tx instanceof Transfer t) {
      w.u32(t.from().value()).u32(t.to().value()).u16(t.token().value());
      w.bytes(t.amount().toBytes()).u32(t.nonce().value());
      writeSignature(t.signature(), w);
    } else if (tx instanceof Withdrawal t) {
      w.u32(t.from().value()).u16(t.token().value()).bytes(t.amount().toBytes());
      w.u32(t.nonce().value()).bytes(t.recipient().toBytes());
      writeSignature(t.signature(), w);
    } else if (tx instanceof Deposit d) {
      w.u64(d.index().value()).u32(d.account().value());
      w.field(d.publicKey().x()).field(d.publicKey().y());
      w.u16(d.token().value()).bytes(d.amount().toBytes());
    } else if (tx instanceof ForcedWithdrawal f) {
      w.u64(f.index().value()).u32(f.account().value()).u16(f.token().value());
      w.bytes(f.amount().toBytes()).bytes(f.recipient().toBytes());
    }
  }

  static Transaction read(ByteReader r) {
    int code = r.u8("transaction type");
    TxType type = TxType.fromCode(code);
    if (type == null) {
      throw new Malformed(
          DecodeError.Reason.UNKNOWN_TYPE, "transaction type 0x" + Integer.toHexString(code));
    }
    Domain domain = r.domain();
    return switch (type) {
      case TRANSFER -> {
        AccountId from = account(r, "from");
        AccountId to = account(r, "to");
        TokenId token = TokenId.of(r.u16("token id"));
        Amount amount = Amount.fromBytes(r.bytes(Amount.BYTES, "amount"), 0);
        Nonce nonce = Nonce.of(r.u32("nonce"));
        yield new Transfer(domain, from, to, token, amount, nonce, readSignature(r));
      }
      case WITHDRAWAL -> {
        AccountId from = account(r, "from");
        TokenId token = TokenId.of(r.u16("token id"));
        Amount amount = Amount.fromBytes(r.bytes(Amount.BYTES, "amount"), 0);
        Nonce nonce = Nonce.of(r.u32("nonce"));
        Address recipient = Address.wrap(r.bytes(Address.BYTES, "recipient"));
        yield new Withdrawal(domain, from, token, amount, nonce, recipient, readSignature(r));
      }
      case DEPOSIT -> {
        DepositIndex index = DepositIndex.of(r.u63("deposit index"));
        AccountId account = account(r, "account");
        Fr x = r.field("public key x");
        Fr y = r.field("public key y");
        if (!isSubgroupPoint(x, y)) {
          throw new Malformed(
              DecodeError.Reason.INVALID_PUBLIC_KEY,
              "public key is not a point of the Baby Jubjub subgroup");
        }
        TokenId token = TokenId.of(r.u16("token id"));
        Amount amount = Amount.fromBytes(r.bytes(Amount.BYTES, "amount"), 0);
        yield new Deposit(domain, index, account, new EdDsaPublicKey(x, y), token, amount);
      }
      case FORCED_WITHDRAWAL -> {
        DepositIndex index = DepositIndex.of(r.u63("deposit index"));
        AccountId account = account(r, "account");
        TokenId token = TokenId.of(r.u16("token id"));
        Amount amount = Amount.fromBytes(r.bytes(Amount.BYTES, "amount"), 0);
        Address recipient = Address.wrap(r.bytes(Address.BYTES, "recipient"));
        yield new ForcedWithdrawal(domain, index, account, token, amount, recipient);
      }
    };
  }

  private static AccountId account(ByteReader r, String what) {
    long v = r.u32(what);
    if (v >= AccountId.LIMIT) {
      throw new Malformed(
          DecodeError.Reason.VALUE_OUT_OF_RANGE, what + " account " + v + " is not below 2^24");
    }
    return AccountId.of(v);
  }

  /** Accounts are opened with deposits, so a key that could never sign must not get that far. */
  private static boolean isSubgroupPoint(Fr x, Fr y) {
    return BabyJubjub.isOnCurve(x, y) && BabyJubjubPoint.of(x, y).isInSubgroup();
  }

  private static void writeSignature(EdDsaSignature s, ByteWriter w) {
    w.field(s.r8x()).field(s.r8y()).field(Fr.fromBigInteger(s.s()));
  }

  private static EdDsaSignature readSignature(ByteReader r) {
    Fr r8x = r.field("signature R8.x");
    Fr r8y = r.field("signature R8.y");
    Fr s = r.field("signature S");
    return new EdDsaSignature(r8x, r8y, s.toBigInteger());
  }
}
