package io.validium.cli.devnet;

import java.util.ArrayList;
import java.util.List;

/** The table {@code validium devnet} prints once everything is ready. */
final class Summary {
  private Summary() {}

  static String of(Devnet d) {
    List<String[]> rows = new ArrayList<>();
    String seq = d.sequencerUrl().toString();
    rows.add(new String[] {"sequencer REST", seq + "/v1"});
    rows.add(new String[] {"  OpenAPI UI", seq + "/q/swagger-ui"});
    rows.add(new String[] {"  metrics", seq + "/q/metrics"});
    for (int i = 0; i < Devnet.COMMITTEE_SIZE; i++) {
      String name = "dac-" + (i + 1);
      rows.add(
          new String[] {
            name + " REST", d.httpUrl(name) + "   member " + d.committeeAddresses().get(i)
          });
    }
    rows.add(new String[] {"prover metrics", d.httpUrl("prover") + "/q/metrics"});
    rows.add(new String[] {"l1-bridge", d.httpUrl("l1-bridge") + "/q/health"});
    rows.add(new String[] {"Kafka", d.kafkaBootstrap()});
    rows.add(
        new String[] {"L1 RPC (anvil)", d.rpcUrl() + "   chain id " + d.deployment().chainId()});
    rows.add(new String[] {"Validium", d.deployment().validium()});
    rows.add(new String[] {"committee verifier", d.deployment().daVerifier() + "   2 of 3"});
    rows.add(new String[] {"Groth16 verifier", d.deployment().proofVerifier()});
    rows.add(new String[] {"batch size", Integer.toString(d.batchSize())});
    rows.add(new String[] {"logs", d.folder().logs().toString()});
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    StringBuilder sb = new StringBuilder("\nvalidium devnet is up\n\n");
    for (String[] r : rows) {
      sb.append("  ").append(String.format("%-" + width + "s", r[0])).append("  ").append(r[1]);
      sb.append('\n');
    }
    sb.append("\nCtrl-C stops everything.\n");
    return sb.toString();
  }
}
