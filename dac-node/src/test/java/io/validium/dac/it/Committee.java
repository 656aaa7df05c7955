package io.validium.dac.it;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.da.DaCertificate;
import io.validium.core.types.Address;
import io.validium.da.committee.AttestationRecord;
import io.validium.da.committee.CommitteeCertificateCollector;
import io.validium.da.committee.Keyset;
import io.validium.dac.testing.Chain;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/** What the IT reads off the attestation topic, the way the certificate client reads it. */
final class Committee {
  private Committee() {}

  static Address address(ECKeyPair key) {
    return Address.parse("0x" + Keys.getAddress(key));
  }

  static Keyset keyset(List<NodeProcess> nodes, int threshold) {
    return new Keyset(0, nodes.stream().map(n -> address(n.key())).toList(), threshold);
  }

  static Attestation parse(ConsumerRecord<String, String> r) {
    AttestationRecord.Parsed p =
        AttestationRecord.parse(r.value().getBytes(StandardCharsets.UTF_8));
    if (!p.isOk()) {
      throw new AssertionError("unreadable attestation record " + r.value() + ": " + p.detail());
    }
    return p.attestation();
  }

  static boolean attests(ConsumerRecord<String, String> r, BatchHeader header) {
    return r.key().equals(Long.toString(header.number().value()))
        && parse(r).header().equals(header);
  }

  static boolean attests(ConsumerRecord<String, String> r, BatchHeader header, Address member) {
    return attests(r, header) && Address.wrap(parse(r).signer()).equals(member);
  }

  /**
   * Feeds every attestation of {@code header} on the topic to a fresh collector, as the L1 bridge
   * does; empty if they do not reach the threshold.
   */
  static Optional<DaCertificate> certify(
      List<ConsumerRecord<String, String>> records, BatchHeader header, Keyset keyset) {
    CommitteeCertificateCollector collector =
        new CommitteeCertificateCollector(Chain.DOMAIN, () -> keyset);
    CompletableFuture<DaCertificate> result = collector.collect(header).toCompletableFuture();
    for (ConsumerRecord<String, String> r : records) {
      if (r.key().equals(Long.toString(header.number().value()))) {
        collector.offer(parse(r));
      }
    }
    return result.isDone() ? Optional.of(result.join()) : Optional.empty();
  }
}
