package io.validium.prover.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.types.Address;
import io.validium.prover.job.L1Effects;
import io.validium.prover.testing.TestChain;
import org.junit.jupiter.api.Test;

class ProofRecordTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void carriesEveryWithdrawalInBatchOrderWithTheForcedOnesPaidAmount() {
    TestChain chain = new TestChain(1, 9);
    Address to = Address.parse("0x00000000000000000000000000000000000000bb");
    chain.seal(chain.deposit(0, 0, 50));
    TestChain.Sealed b =
        chain.seal(chain.withdrawal(0, 0, 10, 0, to), chain.forcedWithdrawal(0, 0, 900, to));
    ObjectNode root = mapper.createObjectNode();

    ProofRecord.putL1Effects(mapper, root, L1Effects.of(b.run(), b.depositCountAfter()));

    assertThat(root.toString())
        .isEqualTo(
            "{\"depositChainBefore\":\""
                + b.run().depositChainBefore()
                + "\",\"depositCountAfter\":\"2\",\"withdrawals\":["
                + "{\"recipient\":\"0x00000000000000000000000000000000000000bb\","
                + "\"tokenId\":\"0\",\"amount\":\"10\"},"
                + "{\"recipient\":\"0x00000000000000000000000000000000000000bb\","
                + "\"tokenId\":\"0\",\"amount\":\"40\"}]}");
  }

  @Test
  void writesAnEmptyListForABatchWithoutWithdrawals() {
    TestChain chain = new TestChain(1, 9);
    TestChain.Sealed b = chain.seal(chain.deposit(0, 0, 50));
    ObjectNode root = mapper.createObjectNode();

    ProofRecord.putL1Effects(mapper, root, L1Effects.of(b.run(), b.depositCountAfter()));

    assertThat(root.get("withdrawals").isArray()).isTrue();
    assertThat(root.get("withdrawals")).isEmpty();
    assertThat(root.get("depositCountAfter").asText()).isEqualTo("1");
    assertThat(root.get("depositChainBefore").asText()).isEqualTo("0");
  }
}
