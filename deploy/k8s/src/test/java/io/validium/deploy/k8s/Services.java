package io.validium.deploy.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's four services, keyed by image name, each with its configuration. */
final class Services {

  /** {@code registry/validium/<name>:<tag>}: the images the services' build pushes. */
  static final Pattern PROJECT_IMAGE =
      Pattern.compile(
          "^ghcr\\.io/validium/(sequencer-service|prover-service|l1-bridge|dac-node):([0-9A-Za-z][0-9A-Za-z._-]{0,127})$");

  private final Map<String, ServiceConfig> byImage;

  private Services(Map<String, ServiceConfig> byImage) {
    this.byImage = byImage;
  }

  static Services read(Path repo) throws IOException {
    Map<String, ServiceConfig> m = new TreeMap<>();
    m.put("sequencer-service", ServiceConfig.read(repo, "sequencer-service"));
    m.put("prover-service", ServiceConfig.read(repo, "prover-service"));
    m.put("dac-node", ServiceConfig.read(repo, "dac-node"));
    m.put("l1-bridge", l1Bridge(repo));
    return new Services(m);
  }

  /** The image's service, when the image is one of the project's. */
  Optional<ServiceConfig> forImage(String image) {
    Matcher m = PROJECT_IMAGE.matcher(image);
    return m.matches() ? Optional.of(byImage.get(m.group(1))) : Optional.empty();
  }

  ServiceConfig get(String name) {
    return byImage.get(name);
  }

  /**
   * The l1-bridge's application.properties once it names the agreed variables; before the service
   * lands there, the agreed contract (src/test/resources/l1-bridge-contract.properties).
   */
  private static ServiceConfig l1Bridge(Path repo) throws IOException {
    Path file = repo.resolve("l1-bridge/src/main/resources/application.properties");
    if (Files.isRegularFile(file) && Files.readString(file).contains("VALIDIUM_L1_RPC_URL")) {
      return ServiceConfig.read(repo, "l1-bridge");
    }
    Properties p = new Properties();
    try (InputStream in = Services.class.getResourceAsStream("/l1-bridge-contract.properties")) {
      p.load(in);
    }
    return ServiceConfig.of(repo, "l1-bridge", p);
  }
}
