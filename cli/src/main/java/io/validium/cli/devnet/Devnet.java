package io.validium.cli.devnet;

import io.validium.cli.client.Deployment;
import io.validium.kafka.local.KafkaLocalMain;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The whole validium on one machine: a KRaft broker, anvil with the contracts deployed, three DAC
 * nodes with a 2-of-3 committee, a prover, the sequencer and l1-bridge, each its own process with
 * its own log under the run folder, started in that order and each ready before the next. {@link
 * #close()} stops them in reverse order. The {@code validium devnet} command and the acceptance
 * tests both start it through here.
 */
public final class Devnet implements AutoCloseable {
  /** anvil's first development account (public knowledge): the devnet's L1 operator. */
  static final String OPERATOR_KEY =
      "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  public static final long CHAIN_ID = 31337;
  public static final int COMMITTEE_SIZE = 3;
  public static final int THRESHOLD = 2;

  static final List<String> TOPICS =
      List.of(
          "validium.tx.ingress",
          "validium.tx.rejected",
          "validium.batches",
          "validium.attestations",
          "validium.attestations.rejected",
          "validium.proofs",
          "validium.l1.events",
          "validium.sequencer.log",
          "validium.batches.prover-dead-letter");

  private static final Duration SERVICE_READY = Duration.ofMinutes(3);
  private static final Duration PROVER_READY = Duration.ofMinutes(15);

  private final DevnetOptions options;
  private final RunFolder folder;
  private final Launcher launcher;
  private final Consumer<String> say;
  private final Map<String, Service> services = Collections.synchronizedMap(new LinkedHashMap<>());
  private final CompletableFuture<ChildProcess> died = new CompletableFuture<>();
  private Ports ports;
  private DevKey key;
  private Deployment deployment;
  private List<CommitteeMember> committee;
  private volatile boolean closed;

  private final Thread stopAtExit = new Thread(this::close, "devnet-stop-at-exit");

  private Devnet(DevnetOptions options, RunFolder folder, Consumer<String> say) {
    this.options = options;
    this.folder = folder;
    this.launcher = new Launcher(folder, options.repoRoot());
    this.say = say;
    // A JVM that exits without close() (a killed test run, say) must not leave its children.
    Runtime.getRuntime().addShutdownHook(stopAtExit);
  }

  /** Starts a devnet with the project's own key and deployment steps. */
  public static Devnet start(DevnetOptions options, Consumer<String> say) {
    return start(options, new SetupDevKeyStep(), new L1BridgeDeployStep(), say);
  }

  /** Starts a devnet; on failure everything started so far is stopped again. */
  public static Devnet start(
      DevnetOptions options, DevKeyStep keyStep, DeployStep deployStep, Consumer<String> say) {
    Devnet d = prepare(options, say);
    d.boot(keyStep, deployStep);
    return d;
  }

  /**
   * Checks the prerequisites and prepares the run folder, starting nothing yet: a caller that must
   * be able to stop a devnet while it boots (a Ctrl-C handler) holds it before {@link #boot}.
   */
  public static Devnet prepare(DevnetOptions options, Consumer<String> say) {
    Prerequisites.check(options);
    RunFolder folder = RunFolder.prepare(options.runDir(), options.existing());
    return new Devnet(options, folder, say);
  }

  /** Starts every process in order; on failure (or {@link #close()}) stops what was started. */
  public void boot(DevKeyStep keyStep, DeployStep deployStep) {
    try {
      bootSteps(keyStep, deployStep);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void bootSteps(DevKeyStep keyStep, DeployStep deployStep) {
    ServiceBuild.ensureBuilt(options, folder.log("build"), say);
    say.accept("installing anvil and solc (tools/evm/install.sh)");
    Path anvil = EvmTools.installAnvil(options.repoRoot(), folder.log("install-evm"));
    List<String> names = new ArrayList<>(List.of("kafka", "kafka-controller", "anvil"));
    for (int i = 1; i <= COMMITTEE_SIZE; i++) {
      names.add("dac-" + i);
    }
    names.addAll(List.of("prover", "sequencer", "l1-bridge"));
    ports =
        Ports.loadOrPick(folder.root().resolve("ports.properties"), names.toArray(String[]::new));
    say.accept("ports on 127.0.0.1: " + ports.ordered());

    startKafka();
    startAnvil(anvil);

    Path keyDir =
        options
            .keyDir()
            .resolve("batch-size-" + options.batchSize() + "-" + CircuitFingerprint.current());
    key = DevKey.in(keyDir).orElse(null);
    if (key == null) {
      say.accept(
          "making the INSECURE development proving key for batch size "
              + options.batchSize()
              + " (once; about a minute per slot)");
      key = keyStep.make(options.batchSize(), keyDir, launcher);
    }
    say.accept(
        "proving key " + key.zkey() + " (verifying key sha256 " + key.verifyingKeySha256() + ")");

    committee = new ArrayList<>();
    for (int i = 1; i <= COMMITTEE_SIZE; i++) {
      String name = "dac-" + i;
      committee.add(CommitteeMember.loadOrCreate(name, folder.dir(name).resolve("member.key")));
    }

    Path operatorKey = folder.dir("l1").resolve("operator.key");
    writeOnce(operatorKey, OPERATOR_KEY);
    Path deploymentFile = folder.dir("l1").resolve("deployment.json");
    if (Files.isRegularFile(deploymentFile)) {
      deployment = Deployment.read(deploymentFile);
      say.accept("reusing the deployment in " + deploymentFile);
    } else {
      say.accept("deploying the contracts");
      deployment =
          deployStep.deploy(
              new DeployStep.Request(
                  rpcUrl(),
                  operatorKey,
                  key,
                  committee.stream().map(CommitteeMember::address).toList(),
                  THRESHOLD,
                  options.batchSize(),
                  options.depositDeadlineBlocks(),
                  deploymentFile),
              launcher);
    }
    say.accept("Validium contract at " + deployment.validium());

    for (int i = 0; i < COMMITTEE_SIZE; i++) {
      startService(dacNode(i));
    }
    startService(prover());
    startService(sequencer());
    startService(l1Bridge(operatorKey));
  }

  private void startKafka() {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--data-dir",
            folder.dir("kafka").resolve("data").toString(),
            "--port",
            Integer.toString(ports.of("kafka")),
            "--controller-port",
            Integer.toString(ports.of("kafka-controller")),
            "--parent-pid",
            Long.toString(ProcessHandle.current().pid())));
    for (String t : TOPICS) {
      args.add("--topic");
      args.add(t);
    }
    ChildProcess kafka =
        launcher.sameClassPath(
            "kafka",
            List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC"),
            KafkaLocalMain.class.getName(),
            args);
    Service s = new Service(kafka, null);
    launch(s);
    kafka.awaitLogLine(KafkaLocalMain.READY, Duration.ofMinutes(2));
    say.accept("kafka ready at " + kafkaBootstrap());
  }

  private void startAnvil(Path anvil) {
    Path state = folder.dir("l1").resolve("anvil-state.json");
    ChildProcess p =
        launcher.process(
            "anvil",
            List.of(
                anvil.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(ports.of("anvil")),
                "--chain-id",
                Long.toString(CHAIN_ID),
                // Blocks every second even without transactions, so confirmations accrue.
                "--block-time",
                "1",
                // Keeps the chain for --reuse: loaded at start, dumped periodically and at exit.
                "--state",
                state.toString(),
                "--state-interval",
                "5"),
            Map.of(),
            folder.dir("l1"));
    launch(new Service(p, null));
    p.awaitLogLine("Listening on 127.0.0.1:" + ports.of("anvil"), Duration.ofMinutes(1));
    say.accept("anvil ready at " + rpcUrl());
  }

  private Service dacNode(int i) {
    CommitteeMember m = committee.get(i);
    String name = m.name();
    int port = ports.of(name);
    List<String> peers = new ArrayList<>();
    for (int j = 0; j < COMMITTEE_SIZE; j++) {
      if (j != i) {
        peers.add("http://127.0.0.1:" + ports.of(committee.get(j).name()));
      }
    }
    Map<String, String> props = new LinkedHashMap<>();
    props.put("quarkus.http.port", Integer.toString(port));
    props.put("kafka.bootstrap.servers", kafkaBootstrap());
    props.put("dac.chain-id", Long.toString(deployment.chainId()));
    props.put("dac.validium", deployment.validium());
    props.put("dac.member-name", name);
    props.put("dac.store.data-dir", folder.dir(name).resolve("store").toString());
    props.put("dac.key.raw-key-file", m.keyFile().toString());
    props.put("dac.peers.urls", String.join(",", peers));
    ChildProcess p =
        launcher.jar(
            name,
            ServiceBuild.jar(options.repoRoot(), "dac-node"),
            List.of("-Xmx384m", "-XX:+UseSerialGC"),
            props,
            List.of());
    return new Service(p, httpBase(port));
  }

  private Service prover() {
    int port = ports.of("prover");
    Map<String, String> props = new LinkedHashMap<>();
    props.put("quarkus.http.port", Integer.toString(port));
    props.put("kafka.bootstrap.servers", kafkaBootstrap());
    props.put("validium.prover.domain.chain-id", Long.toString(deployment.chainId()));
    props.put("validium.prover.domain.validium", deployment.validium());
    props.put("validium.prover.batch-size", Integer.toString(options.batchSize()));
    props.put("validium.prover.key.file", key.zkey().toString());
    props.put("validium.prover.key.verifying-key-sha256", key.verifyingKeySha256());
    props.put(
        "validium.prover.replica.directory", folder.dir("prover").resolve("replica").toString());
    ChildProcess p =
        launcher.jar(
            "prover",
            ServiceBuild.jar(options.repoRoot(), "prover-service"),
            List.of("-Xmx" + (1 + options.batchSize()) + "g"),
            props,
            List.of());
    return new Service(p, httpBase(port));
  }

  private Service sequencer() {
    int port = ports.of("sequencer");
    Map<String, String> props = new LinkedHashMap<>();
    props.put("quarkus.http.port", Integer.toString(port));
    props.put("kafka.bootstrap.servers", kafkaBootstrap());
    props.put("validium.sequencer.domain.chain-id", Long.toString(deployment.chainId()));
    props.put("validium.sequencer.domain.validium", deployment.validium());
    props.put("validium.sequencer.batch.max-transactions", Integer.toString(options.batchSize()));
    props.put("validium.sequencer.committee.threshold", Integer.toString(THRESHOLD));
    ChildProcess p =
        launcher.jar(
            "sequencer",
            ServiceBuild.jar(options.repoRoot(), "sequencer-service"),
            List.of("-Xmx512m"),
            props,
            List.of());
    return new Service(p, httpBase(port));
  }

  private Service l1Bridge(Path operatorKey) {
    int port = ports.of("l1-bridge");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("VALIDIUM_L1_RPC_URL", rpcUrl().toString());
    env.put("VALIDIUM_DEPLOYMENT_FILE", deployment.file().toString());
    env.put("VALIDIUM_L1_PRIVATE_KEY_FILE", operatorKey.toString());
    env.put("VALIDIUM_L1_CONFIRMATIONS", "1");
    env.put("VALIDIUM_L1_STATE", folder.dir("l1-bridge").resolve("state").toString());
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
    env.put("L1_BRIDGE_HTTP_PORT", Integer.toString(port));
    Map<String, String> props = new LinkedHashMap<>();
    props.put("quarkus.http.port", Integer.toString(port));
    ChildProcess p =
        launcher.jar(
            "l1-bridge",
            ServiceBuild.jar(options.repoRoot(), "l1-bridge"),
            List.of("-Xmx512m"),
            props,
            env,
            List.of());
    return new Service(p, httpBase(port));
  }

  private void startService(Service s) {
    launch(s);
    awaitReady(s);
  }

  private void awaitReady(Service s) {
    Duration timeout = s.process.name().equals("prover") ? PROVER_READY : SERVICE_READY;
    s.process.awaitHttpReady(s.http.resolve("/q/health/ready"), timeout);
    say.accept(s.process.name() + " ready at " + s.http);
  }

  private void launch(Service s) {
    if (closed) {
      throw new DevnetException("the devnet was stopped while it started");
    }
    Prerequisites.portFree(s.process.name(), portOf(s.process.name()));
    services.put(s.process.name(), s);
    say.accept("starting " + s.process.name() + " (log " + s.process.log() + ")");
    s.process.start(this::onUnexpectedExit);
  }

  private int portOf(String name) {
    return ports.of(name);
  }

  private void onUnexpectedExit(ChildProcess p) {
    if (!closed) {
      died.complete(p);
    }
  }

  /**
   * Completes with the first process that exits without being asked to, or with {@code null} once
   * {@link #close()} stopped the devnet.
   */
  public CompletableFuture<ChildProcess> died() {
    return died;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** Stops one process (a DAC node, say) without stopping the devnet. */
  public void stop(String name) {
    service(name).process.stop();
  }

  /**
   * Starts a process stopped by {@link #stop} again, on the same state and port, and waits for it.
   */
  public void restart(String name) {
    Service s = service(name);
    s.process.stop();
    s.process.start(this::onUnexpectedExit);
    if (s.http != null) {
      awaitReady(s);
    }
  }

  public ChildProcess process(String name) {
    return service(name).process;
  }

  private Service service(String name) {
    Service s = services.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no devnet process named " + name);
    }
    return s;
  }

  /** Every started process in start order. */
  public List<ChildProcess> processes() {
    synchronized (services) {
      return services.values().stream().map(s -> s.process).toList();
    }
  }

  public URI httpUrl(String name) {
    return httpBase(ports.of(name));
  }

  public URI sequencerUrl() {
    return httpUrl("sequencer");
  }

  public List<URI> dacUrls() {
    return committee.stream().map(m -> httpUrl(m.name())).toList();
  }

  public List<String> committeeAddresses() {
    return committee.stream().map(CommitteeMember::address).toList();
  }

  public URI rpcUrl() {
    return URI.create("http://127.0.0.1:" + ports.of("anvil"));
  }

  public String kafkaBootstrap() {
    return "127.0.0.1:" + ports.of("kafka");
  }

  public Deployment deployment() {
    return deployment;
  }

  public DevKey key() {
    return key;
  }

  public Ports ports() {
    return ports;
  }

  public RunFolder folder() {
    return folder;
  }

  public int batchSize() {
    return options.batchSize();
  }

  /** Stops every process, the last started first. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    died.complete(null);
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException e) {
      // Already shutting down: this may be that hook.
    }
    List<Service> reverse;
    synchronized (services) {
      reverse = new ArrayList<>(services.values());
    }
    Collections.reverse(reverse);
    for (Service s : reverse) {
      if (s.process.isAlive()) {
        say.accept("stopping " + s.process.name());
      }
      s.process.stop();
    }
  }

  private static URI httpBase(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }

  private static void writeOnce(Path file, String content) {
    try {
      if (!Files.exists(file)) {
        Files.writeString(file, content);
      }
    } catch (IOException e) {
      throw new DevnetException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private record Service(ChildProcess process, URI http) {}
}
