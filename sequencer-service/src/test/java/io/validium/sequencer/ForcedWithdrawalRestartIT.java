package io.validium.sequencer;

import static io.validium.sequencer.testing.TestChain.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.kafka.local.FreePorts;
import io.validium.kafka.local.LocalKafka;
import io.validium.sequencer.engine.TxHash;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.PackagedSequencer;
import io.validium.sequencer.testing.TestChain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged sequencer on a real broker takes forced withdrawals relayed between deposits, is
 * killed with SIGKILL and restarted: the state, every paid amount and the queue position are
 * rebuilt from the log exactly, the re-read L1 events apply nothing twice, and the queue goes on.
 */
class ForcedWithdrawalRestartIT {
  private static final AccountId A = AccountId.of(5);
  private static final AccountId B = AccountId.of(6);
  private static final Address RECIPIENT =
      Address.parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
  private LocalKafka kafka;
  private PackagedSequencer sequencer;

  @AfterEach
  void stop() {
    if (sequencer != null) {
      sequencer.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  private static ForcedWithdrawal forced(long index, TokenId token, long amount) {
    return new ForcedWithdrawal(
        TestChain.DOMAIN, DepositIndex.of(index), A, token, Amount.of(amount), RECIPIENT);
  }

  @Test
  void rebuildsEveryPaidAmountAfterAKillAndAppliesNoEntryTwice() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "forced-it-" + System.nanoTime()));
    kafka = LocalKafka.start(dir.resolve("kafka"));
    kafka.createTopics(KafkaTestResource.TOPICS);
    sequencer = new PackagedSequencer(kafka, dir, FreePorts.pick(1)[0]);
    sequencer.start(1);

    List<Transaction> queue =
        List.of(
            deposit(0, A, 100),
            forced(1, TokenId.ETH, 30),
            forced(2, TokenId.ETH, 1_000),
            forced(3, TokenId.of(2), 5),
            deposit(4, B, 9));
    for (Transaction tx : queue) {
      sequencer.relay(TestChain.json(tx));
    }
    sequencer.await("/v1/roots", r -> r.get("nextDepositIndex").asText().equals("5"));
    String root = sequencer.json("/v1/roots").get("currentRoot").asText();
    assertThat(paid(queue)).containsExactly("30", "70", "0");

    sequencer.kill();
    sequencer.start(2);

    JsonNode roots = sequencer.json("/v1/roots");
    assertThat(roots.get("currentRoot").asText()).isEqualTo(root);
    assertThat(roots.get("nextDepositIndex").asText()).isEqualTo("5");
    assertThat(roots.get("acceptedTransactions").asLong()).isEqualTo(5);
    assertThat(paid(queue)).containsExactly("30", "70", "0");
    assertThat(sequencer.json("/v1/accounts/" + A).get("balances")).isEmpty();

    // The bridge relays again what it is not sure it sent; then the queue goes on.
    sequencer.relay(TestChain.json(queue.get(1)));
    sequencer.relay(TestChain.json(deposit(5, A, 4)));
    sequencer.await("/v1/roots", r -> r.get("nextDepositIndex").asText().equals("6"));

    assertThat(sequencer.json("/v1/accounts/" + A).get("balances").get(0).get("amount").asText())
        .isEqualTo("4");
    assertThat(sequencer.json("/v1/roots").get("acceptedTransactions").asLong()).isEqualTo(6);
  }

  /** The paid amounts of the queue's forced withdrawals, from their receipts. */
  private List<String> paid(List<Transaction> queue) throws Exception {
    List<String> out = new ArrayList<>();
    for (Transaction tx : queue) {
      if (tx instanceof ForcedWithdrawal f) {
        out.add(sequencer.json("/v1/transactions/" + TxHash.of(f).hex()).get("paid").asText());
      }
    }
    return out;
  }
}
