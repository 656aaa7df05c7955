package io.validium.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.field.Fr;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.Nonce;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSignaturesTest {
  private final TestWorld world = new TestWorld(4, 23);
  private final Address recipient = Address.parse("0x00000000000000000000000000000000000000cc");

  private L2State twoOpenAccounts() {
    L2State state = new L2State(TestWorld.DOMAIN, 4);
    BatchData opening =
        new BatchData(
            TestWorld.DOMAIN,
            BatchNumber.FIRST,
            List.of(world.deposit(0, 0, 0, 1_000_000), world.deposit(1, 1, 0, 1_000_000)));
    assertThat(BatchExecutor.execute(state, opening).isSuccess()).isTrue();
    return state;
  }

  /** Transfer {@code nonce} of account 0 to 1, but signed with account 2's key. */
  private Transfer forged(long nonce) {
    AccountId from = AccountId.of(0);
    AccountId to = AccountId.of(1);
    Fr m = Transfer.message(TestWorld.DOMAIN, from, to, TokenId.ETH, Amount.of(1), Nonce.of(nonce));
    return new Transfer(
        TestWorld.DOMAIN,
        from,
        to,
        TokenId.ETH,
        Amount.of(1),
        Nonce.of(nonce),
        world.key(2).sign(m));
  }

  @Test
  void answersWhatSingleVerificationAnswersForEveryTransactionAndKey() {
    L2State state = twoOpenAccounts();
    List<Transaction> txs = new ArrayList<>();
    for (int n = 0; n < 150; n++) {
      txs.add(n == 90 ? forged(n) : world.transfer(n % 2, (n + 1) % 2, 0, 1, n / 2));
    }
    // Account 2 opens inside the batch; account 3 never does.
    txs.add(world.deposit(2, 2, 0, 50));
    txs.add(world.transfer(2, 0, 0, 5, 0));
    txs.add(world.withdrawal(1, 0, 7, 75, recipient));
    txs.add(world.transfer(3, 0, 0, 5, 0));

    BatchSignatures ahead = BatchSignatures.verify(state, txs);

    int valid = 0;
    for (Transaction tx : txs) {
      if (tx instanceof io.validium.core.tx.Deposit) {
        continue;
      }
      for (int k = 0; k < 4; k++) {
        EdDsaPublicKey key = world.publicKey(k);
        boolean expected = SignatureCheck.verifyNow(key, tx);
        assertThat(ahead.verify(key, tx)).as("%s against key %d", tx, k).isEqualTo(expected);
        valid += expected ? 1 : 0;
      }
    }
    assertThat(valid)
        .as("each transaction verifies under exactly one key")
        .isEqualTo(txs.size() - 1);
  }

  @Test
  void replayFailsWhereExecutionFailsWhenOneSignatureOfALongBatchIsForged() {
    L2State executed = twoOpenAccounts();
    L2State replayed = twoOpenAccounts();
    List<Transaction> txs = new ArrayList<>();
    for (int n = 0; n < 130; n++) {
      txs.add(n == 100 ? forged(n) : world.transfer(0, 1, 0, 1, n));
    }
    BatchData data = new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), txs);
    StateRoot before = replayed.root();

    BatchExecution byExecution = BatchExecutor.execute(executed, data);
    BatchExecution byReplay = BatchExecutor.replay(replayed, data);

    assertThat(byReplay.isSuccess()).isFalse();
    assertThat(byReplay.failedIndex()).isEqualTo(byExecution.failedIndex()).isEqualTo(100);
    assertThat(byReplay.failure()).isEqualTo(byExecution.failure());
    assertThat(replayed.root()).isEqualTo(before);
  }

  @Test
  void replayOfAValidLongBatchGivesTheHeaderExecutionGives() {
    L2State executed = twoOpenAccounts();
    L2State replayed = twoOpenAccounts();
    List<Transaction> txs = new ArrayList<>();
    for (int n = 0; n < 200; n++) {
      txs.add(world.transfer(n % 2, (n + 1) % 2, 0, 1 + n % 5, n / 2));
    }
    BatchData data = new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), txs);

    BatchExecution byExecution = BatchExecutor.execute(executed, data);
    BatchExecution byReplay = BatchExecutor.replay(replayed, data);

    assertThat(byReplay.isSuccess()).as("%s", byReplay).isTrue();
    assertThat(byReplay.header()).isEqualTo(byExecution.header());
    assertThat(replayed.root()).isEqualTo(executed.root());
  }
}
