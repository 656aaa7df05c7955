package io.validium.zk.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq2;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;

/**
 * Writes proof.json and public.json the way snarkjs lays them out, with Jackson, so that tests can
 * hand a Java proof to the snarkjs command line and read one back.
 */
public final class SnarkjsJsonFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SnarkjsJsonFiles() {}

  /** Writes {@code proof} as snarkjs's proof.json. */
  public static void writeProof(Proof proof, Path path) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.set("pi_a", g1(proof.a()));
    root.set("pi_b", g2(proof.b()));
    root.set("pi_c", g1(proof.c()));
    root.put("protocol", "groth16");
    root.put("curve", "bn128");
    JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), root);
  }

  /** Writes {@code signals} as snarkjs's public.json: an array of decimal strings. */
  public static void writeSignals(PublicSignals signals, Path path) throws IOException {
    ArrayNode array = JSON.createArrayNode();
    for (BigInteger v : signals.values()) {
      array.add(v.toString());
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), array);
  }

  /** Reads snarkjs's proof.json. */
  public static Proof readProof(Path path) throws IOException {
    var node = JSON.readTree(path.toFile());
    return new Proof(
        Fixtures.g1(node.get("pi_a")),
        Fixtures.g2(node.get("pi_b")),
        Fixtures.g1(node.get("pi_c")));
  }

  /** Reads snarkjs's public.json. */
  public static PublicSignals readSignals(Path path) throws IOException {
    var node = JSON.readTree(path.toFile());
    BigInteger[] values = new BigInteger[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = new BigInteger(node.get(i).asText());
    }
    return PublicSignals.of(values);
  }

  private static ArrayNode g1(G1 p) {
    ArrayNode a = JSON.createArrayNode();
    a.add(p.x().toString()).add(p.y().toString()).add("1");
    return a;
  }

  private static ArrayNode g2(G2 p) {
    ArrayNode a = JSON.createArrayNode();
    a.add(fq2(p.x())).add(fq2(p.y()));
    a.add(JSON.createArrayNode().add("1").add("0"));
    return a;
  }

  private static ArrayNode fq2(Fq2 v) {
    return JSON.createArrayNode().add(v.c0().toString()).add(v.c1().toString());
  }
}
