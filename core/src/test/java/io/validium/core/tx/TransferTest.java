package io.validium.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.testing.TransactionArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A transfer keeps its hashes without changing what it is equal to or what they are. */
class TransferTest {

  @Provide
  Arbitrary<Transfer> transfers() {
    return TransactionArbitraries.transfers(TransactionArbitraries.domains());
  }

  @Property(tries = 30)
  void cachedHashesEqualFreshOnesAndLeaveEqualityAlone(@ForAll("transfers") Transfer t) {
    Transfer copy =
        new Transfer(t.domain(), t.from(), t.to(), t.token(), t.amount(), t.nonce(), t.signature());
    assertThat(t.commitmentLeaf()).isEqualTo(SignedLeaf.of(t.message(), t.signature()));
    assertThat(t.message())
        .isEqualTo(
            Transfer.message(t.domain(), t.from(), t.to(), t.token(), t.amount(), t.nonce()));
    assertThat(copy).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(copy.commitmentLeaf()).isEqualTo(t.commitmentLeaf());
    assertThat(copy.toString()).isEqualTo(t.toString());
  }
}
