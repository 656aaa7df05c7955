package io.validium.core.state;

import io.validium.core.crypto.EdDsaBatchVerifier;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The signature verdicts of a whole batch, computed before it is executed: each transfer's and
 * withdrawal's signature against the key its sender will have (the state's, or the one a deposit
 * earlier in the batch opens the account with), in batch verifications of {@value #CHUNK} on the
 * common fork-join pool. A verdict is answered only for the same transaction against the same key;
 * anything else is verified on the spot, so execution decides exactly what it would alone.
 */
public final class BatchSignatures implements SignatureCheck {
  /** Signatures per batch verification; about 64 is the cheapest per signature. */
  static final int CHUNK = 64;

  private static final EdDsaBatchVerifier VERIFIER = new EdDsaBatchVerifier();

  private record Verdict(EdDsaPublicKey key, boolean valid) {}

  private final Map<Transaction, Verdict> verdicts;

  private BatchSignatures(Map<Transaction, Verdict> verdicts) {
    this.verdicts = verdicts;
  }

  /** Verifies every signature in {@code txs} ahead, against the keys {@code state} implies. */
  public static BatchSignatures verify(L2State state, List<Transaction> txs) {
    Map<AccountId, EdDsaPublicKey> opened = new HashMap<>();
    List<EdDsaBatchVerifier.Item> items = new ArrayList<>(txs.size());
    List<Transaction> signed = new ArrayList<>(txs.size());
    List<EdDsaPublicKey> keys = new ArrayList<>(txs.size());
    for (Transaction tx : txs) {
      AccountId from;
      if (tx instanceof Deposit d) {
        opened.putIfAbsent(d.account(), d.publicKey());
        continue;
      } else if (tx instanceof Transfer t) {
        from = t.from();
      } else if (tx instanceof Withdrawal w) {
        from = w.from();
      } else {
        continue;
      }
      EdDsaPublicKey key = state.account(from).map(Account::publicKey).orElse(opened.get(from));
      if (key != null) {
        items.add(SignatureCheck.batchItem(key, tx));
        signed.add(tx);
        keys.add(key);
      }
    }
    boolean[] valid = new boolean[items.size()];
    int chunks = (items.size() + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int from = c * CHUNK;
              int to = Math.min(items.size(), from + CHUNK);
              boolean[] part = VERIFIER.verifyAll(items.subList(from, to));
              System.arraycopy(part, 0, valid, from, part.length);
            });
    Map<Transaction, Verdict> verdicts = new IdentityHashMap<>(signed.size() * 2);
    for (int i = 0; i < signed.size(); i++) {
      verdicts.put(signed.get(i), new Verdict(keys.get(i), valid[i]));
    }
    return new BatchSignatures(verdicts);
  }

  @Override
  public boolean verify(EdDsaPublicKey key, Transaction signed) {
    Verdict v = verdicts.get(signed);
    if (v != null && v.key().equals(key)) {
      return v.valid();
    }
    return SignatureCheck.verifyNow(key, signed);
  }
}
