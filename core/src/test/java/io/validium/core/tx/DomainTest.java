package io.validium.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.testing.TransactionArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A domain's hash is H(chainId, validium) whether it was hashed afresh or remembered. */
class DomainTest {

  @Provide
  Arbitrary<Domain> domains() {
    return TransactionArbitraries.domains();
  }

  @Property(tries = 50)
  void rememberedHashEqualsAFreshOneForEveryOrderOfDomains(
      @ForAll("domains") Domain a, @ForAll("domains") Domain b) {
    Domain againA = new Domain(a.chainId(), a.validium());
    Domain againAgainA = new Domain(a.chainId(), a.validium());
    Domain againB = new Domain(b.chainId(), b.validium());
    Domain sameChainOtherContract = new Domain(a.chainId(), b.validium());
    Domain otherChainSameContract = new Domain(b.chainId(), a.validium());

    assertThat(againA.hash()).isEqualTo(Domain.hashOf(a.chainId(), a.validium()));
    assertThat(againAgainA.hash()).isEqualTo(a.hash());
    assertThat(againB.hash()).isEqualTo(Domain.hashOf(b.chainId(), b.validium()));
    assertThat(sameChainOtherContract.hash()).isEqualTo(Domain.hashOf(a.chainId(), b.validium()));
    assertThat(otherChainSameContract.hash()).isEqualTo(Domain.hashOf(b.chainId(), a.validium()));
  }
}
