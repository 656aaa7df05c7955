package io.validium.cli.user;

import io.validium.cli.UserError;
import io.validium.cli.client.DacApi;
import io.validium.cli.client.Deployment;
import io.validium.cli.client.L1Api;
import io.validium.cli.client.L2Api;
import io.validium.cli.devnet.Ports;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where the services are: explicit URLs, or a devnet run folder's ports.properties and
 * deployment.json ({@code run/devnet} by default, where {@code ./validium devnet} runs).
 */
final class Endpoints {
  static final Path DEFAULT_DEVNET = Path.of("run", "devnet");
  private static final int DEVNET_MEMBERS = 3;

  @Option(
      names = "--devnet",
      paramLabel = "DIR",
      description = "devnet run folder to take URLs and the deployment from (default: run/devnet)")
  Path devnet;

  @Option(names = "--sequencer", paramLabel = "URL", description = "sequencer REST URL")
  String sequencer;

  @Option(names = "--rpc", paramLabel = "URL", description = "L1 JSON-RPC URL")
  String rpc;

  @Option(
      names = "--dac",
      paramLabel = "URL",
      split = ",",
      description = "DAC member REST URL(s), tried in order")
  List<String> dac;

  @Option(
      names = "--deployment",
      paramLabel = "FILE",
      description = "deployment.json of the contracts (chain id and Validium address)")
  Path deploymentFile;

  private Deployment deployment;

  L2Api l2() {
    return new L2Api(url(sequencer, "--sequencer", "sequencer REST", "sequencer"));
  }

  L1Api l1() {
    Deployment d = deployment();
    return new L1Api(url(rpc, "--rpc", "L1 JSON-RPC", "anvil"), d.chainId(), d.validium());
  }

  List<DacApi> dacs() {
    List<URI> urls = new ArrayList<>();
    if (dac != null && !dac.isEmpty()) {
      for (String u : dac) {
        urls.add(parse(u, "--dac"));
      }
    } else {
      for (int i = 1; i <= DEVNET_MEMBERS; i++) {
        urls.add(fromDevnet("dac-" + i, "--dac", "DAC member"));
      }
    }
    return urls.stream().map(DacApi::new).toList();
  }

  Deployment deployment() {
    if (deployment == null) {
      Path file = deploymentFile;
      if (file == null) {
        file = devnetDir().resolve("l1").resolve("deployment.json");
        if (!Files.isRegularFile(file)) {
          throw new UserError(
              "no deployment: give --deployment FILE or --devnet DIR (a devnet run folder)");
        }
      } else if (!Files.isRegularFile(file)) {
        throw new UserError("--deployment " + file + ": no such file");
      }
      try {
        deployment = Deployment.read(file);
      } catch (RuntimeException e) {
        throw new UserError(e.getMessage(), e);
      }
    }
    return deployment;
  }

  /** The signing domain: the deployment's chain id and Validium address. */
  Domain domain() {
    Deployment d = deployment();
    return new Domain(new ChainId(d.chainId()), Address.parse(d.validium()));
  }

  private URI url(String given, String option, String what, String devnetName) {
    return given != null ? parse(given, option) : fromDevnet(devnetName, option, what);
  }

  private URI fromDevnet(String name, String option, String what) {
    Path file = devnetDir().resolve("ports.properties");
    Optional<Ports> ports = Files.isRegularFile(file) ? Ports.read(file, name) : Optional.empty();
    if (ports.isEmpty()) {
      throw new UserError(
          "no " + what + " URL: give " + option + " URL or --devnet DIR (a devnet run folder)");
    }
    return URI.create("http://127.0.0.1:" + ports.get().of(name));
  }

  private Path devnetDir() {
    return devnet != null ? devnet : DEFAULT_DEVNET;
  }

  static URI parse(String text, String option) {
    try {
      URI u = new URI(text);
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw new UserError(option + " \"" + text + "\" is not an http(s) URL with a host");
      }
      return u;
    } catch (java.net.URISyntaxException e) {
      throw new UserError(option + " \"" + text + "\" is not a URL (" + e.getReason() + ")", e);
    }
  }
}
