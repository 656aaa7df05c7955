package io.validium.dac.node;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.validium.dac.store.EmbeddedStorage;
import io.validium.dac.testing.Chain;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.web3j.crypto.ECKeyPair;

/**
 * The child process of {@link KillNineDurabilityIT}: opens a node on a data directory, ingests one
 * batch, prints the outcome and then waits to be killed, without ever closing the store.
 */
public final class SignThenWait {
  static final ECKeyPair KEY = ECKeyPair.create(BigInteger.valueOf(0xdac9));

  private SignThenWait() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    byte[] header = Files.readAllBytes(Path.of(args[1]));
    byte[] data = Files.readAllBytes(Path.of(args[2]));
    EmbeddedStorage storage = new EmbeddedStorage(dataDir, 16);
    MemberNode node =
        new MemberNode(Chain.DOMAIN, 4, 1 << 20, storage, KEY, new SimpleMeterRegistry());
    IngestResult r = node.ingest(header, data);
    System.out.println(
        r.isAttested()
            ? "ATTESTED " + HexFormat.of().formatHex(r.attestation().signature())
            : "REFUSED " + r.refusal());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
