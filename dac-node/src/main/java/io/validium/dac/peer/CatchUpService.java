package io.validium.dac.peer;

import io.quarkus.runtime.StartupEvent;
import io.validium.dac.app.DacConfig;
import io.validium.dac.kafka.AttestationPublisher;
import io.validium.dac.node.IngestRefusal;
import io.validium.dac.node.IngestResult;
import io.validium.dac.node.MemberNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Runs peer catch-up when the node starts and whenever a batch arrives ahead of the one it signs
 * next (its predecessors are gone from Kafka); a node without configured peers does neither.
 */
@ApplicationScoped
public class CatchUpService {
  private final MemberNode node;
  private final AttestationPublisher publisher;
  private final PeerCatchUp catchUp;

  public CatchUpService(MemberNode node, AttestationPublisher publisher, DacConfig config) {
    this.node = node;
    this.publisher = publisher;
    List<java.net.URI> peers = config.peers().urls().orElse(List.of());
    this.catchUp =
        peers.isEmpty()
            ? null
            : new PeerCatchUp(node, peers, config.peers().token(), config.peers().timeout());
  }

  void onStart(@Observes StartupEvent e) {
    if (catchUp != null) {
      Thread t = new Thread(this::run, "dac-peer-catch-up");
      t.setDaemon(true);
      t.start();
    }
  }

  /** Catches up from peers; returns how many batches were attested. */
  public synchronized int run() {
    if (catchUp == null) {
      return 0;
    }
    return (int)
        catchUp.catchUp(r -> publisher.publish(r, node.member())).stream()
            .filter(IngestResult::isAttested)
            .count();
  }

  /** Whether {@code r} says the batch is ahead of this member, so that peers may fill the gap. */
  public boolean isGap(IngestResult r) {
    return catchUp != null
        && r.refusal() == IngestRefusal.OUT_OF_SEQUENCE
        && r.batchNumber().map(n -> n.compareTo(node.nextToSign()) > 0).orElse(false);
  }
}
