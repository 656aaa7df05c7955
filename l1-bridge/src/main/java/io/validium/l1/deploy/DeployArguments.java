package io.validium.l1.deploy;

import io.validium.core.types.Address;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The deploy command's arguments, parsed strictly: each refusal is one sentence. */
public record DeployArguments(
    String rpcUrl,
    KeySource key,
    Path verifyingKey,
    List<Address> committee,
    int threshold,
    Path out,
    long depositDeadlineBlocks,
    long upgradeDelayBlocks,
    int balanceDepth,
    int batchSize,
    boolean forcedWithdrawals,
    Optional<Path> solcJs) {

  /** About one day of 12-second blocks. */
  public static final long DEFAULT_DEPOSIT_DEADLINE_BLOCKS = 7_200;

  /** About one week of 12-second blocks. */
  public static final long DEFAULT_UPGRADE_DELAY_BLOCKS = 50_400;

  /** The balance depth the contracts' exit proofs are written for (uint256[4] siblings). */
  public static final int CONTRACT_BALANCE_DEPTH = 4;

  /** Where the deployer's key comes from. */
  public sealed interface KeySource {
    /** A V3 keystore and the file holding its password. */
    record Keystore(Path file, Path passwordFile) implements KeySource {}

    /** A file holding the raw key as 0x and 64 hex digits. */
    record PrivateKeyFile(Path file) implements KeySource {}
  }

  private static final Set<String> OPTIONS =
      Set.of(
          "--rpc-url",
          "--key-file",
          "--key-password-file",
          "--private-key-file",
          "--verifying-key",
          "--committee",
          "--threshold",
          "--out",
          "--deposit-deadline-blocks",
          "--upgrade-delay-blocks",
          "--balance-depth",
          "--batch-size",
          "--forced-withdrawals",
          "--solc-js");

  /** Parses the arguments after {@code deploy}; throws UsageException with the reason. */
  public static DeployArguments parse(List<String> args) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String name = a;
      String value;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      } else {
        if (i + 1 >= args.size()) {
          throw usage(OPTIONS.contains(a) ? a + " needs a value" : "unknown argument " + a);
        }
        value = args.get(++i);
      }
      if (!OPTIONS.contains(name)) {
        throw usage("unknown argument " + name);
      }
      if (v.put(name, value) != null) {
        throw usage(name + " is given twice");
      }
    }
    String rpc = required(v, "--rpc-url");
    checkUrl(rpc);
    KeySource key = key(v);
    Path vk = existingFile(required(v, "--verifying-key"), "--verifying-key");
    List<Address> committee = committee(required(v, "--committee"));
    int threshold = (int) number(required(v, "--threshold"), "--threshold", 1, 255);
    if (threshold > committee.size()) {
      throw usage(
          "--threshold " + threshold + " exceeds the committee's " + committee.size() + " members");
    }
    Path out = Path.of(required(v, "--out"));
    if (Files.isDirectory(out)) {
      throw usage("--out " + out + " is a directory, not a file");
    }
    long deadline =
        optional(v, "--deposit-deadline-blocks", DEFAULT_DEPOSIT_DEADLINE_BLOCKS, 1, 1L << 32);
    long delay = optional(v, "--upgrade-delay-blocks", DEFAULT_UPGRADE_DELAY_BLOCKS, 0, 1L << 32);
    int depth = (int) optional(v, "--balance-depth", CONTRACT_BALANCE_DEPTH, 1, 16);
    if (depth != CONTRACT_BALANCE_DEPTH) {
      throw usage(
          "--balance-depth must be "
              + CONTRACT_BALANCE_DEPTH
              + ", the depth the contracts' exit proofs are written for");
    }
    int batchSize = (int) optional(v, "--batch-size", 1, 1, 65_536);
    boolean forced = bool(v, "--forced-withdrawals", true);
    Optional<Path> solc =
        Optional.ofNullable(v.get("--solc-js")).map(s -> existingFile(s, "--solc-js"));
    return new DeployArguments(
        rpc, key, vk, committee, threshold, out, deadline, delay, depth, batchSize, forced, solc);
  }

  private static KeySource key(Map<String, String> v) {
    boolean keystore = v.containsKey("--key-file");
    boolean password = v.containsKey("--key-password-file");
    boolean raw = v.containsKey("--private-key-file");
    if (raw && (keystore || password)) {
      throw usage(
          "give either --private-key-file or --key-file with --key-password-file, not both");
    }
    if (raw) {
      return new KeySource.PrivateKeyFile(
          existingFile(v.get("--private-key-file"), "--private-key-file"));
    }
    if (!keystore) {
      throw usage("--key-file (with --key-password-file) or --private-key-file is required");
    }
    if (!password) {
      throw usage("--key-file needs --key-password-file");
    }
    return new KeySource.Keystore(
        existingFile(v.get("--key-file"), "--key-file"),
        existingFile(v.get("--key-password-file"), "--key-password-file"));
  }

  private static List<Address> committee(String text) {
    List<Address> out = new ArrayList<>();
    Set<Address> seen = new HashSet<>();
    for (String part : text.split(",", -1)) {
      Address a;
      try {
        a = Address.parse(part.strip());
      } catch (IllegalArgumentException e) {
        throw usage("--committee member '" + part.strip() + "' is not an address");
      }
      if (a.equals(Address.ZERO)) {
        throw usage("--committee must not contain the zero address");
      }
      if (!seen.add(a)) {
        throw usage("--committee lists " + a + " twice");
      }
      out.add(a);
    }
    if (out.size() > 255) {
      throw usage("--committee has more than 255 members");
    }
    // The verifier takes its members in increasing order; the order given does not matter.
    out.sort(Comparator.comparing(Address::toBigInteger));
    return List.copyOf(out);
  }

  private static void checkUrl(String s) {
    try {
      URI u = URI.create(s);
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw usage("--rpc-url must be an http(s) URL: " + s);
      }
    } catch (IllegalArgumentException e) {
      throw usage("--rpc-url is not a URL: " + s);
    }
  }

  private static String required(Map<String, String> v, String name) {
    String s = v.get(name);
    if (s == null || s.isBlank()) {
      throw usage(name + " is required");
    }
    return s;
  }

  private static Path existingFile(String s, String name) {
    Path p = Path.of(s);
    if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
      throw usage(name + " " + s + " is not a readable file");
    }
    return p;
  }

  private static long optional(Map<String, String> v, String name, long dflt, long min, long max) {
    String s = v.get(name);
    return s == null ? dflt : number(s, name, min, max);
  }

  /** {@code true} or {@code false}, nothing else: a flag that opens an L1 entry point for good. */
  private static boolean bool(Map<String, String> v, String name, boolean dflt) {
    String s = v.get(name);
    if (s == null) {
      return dflt;
    }
    if (!s.equals("true") && !s.equals("false")) {
      throw usage(name + " must be true or false, not " + s);
    }
    return Boolean.parseBoolean(s);
  }

  private static long number(String s, String name, long min, long max) {
    if (!s.matches("0|[1-9][0-9]{0,18}")) {
      throw usage(name + " must be a decimal number, not " + s);
    }
    long n = Long.parseLong(s);
    if (n < min || n > max) {
      throw usage(name + " must be in " + min + ".." + max + ", not " + s);
    }
    return n;
  }

  private static UsageException usage(String message) {
    return new UsageException(message);
  }

  /** The arguments are wrong; the command prints the message and exits with 2. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }
}
