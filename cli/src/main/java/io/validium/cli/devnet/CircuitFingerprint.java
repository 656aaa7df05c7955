package io.validium.cli.devnet;

import io.validium.circuit.BatchCircuit;
import io.validium.zk.r1cs.CircuitBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short hash of the code that defines the batch circuit (the circuit module and zk's gadgets and
 * builder), naming the folder of a cached development key: a key made by other circuit code would
 * be refused by the prover's key check, so a devnet started after an upgrade makes a new one
 * instead of failing on the old.
 */
final class CircuitFingerprint {
  private CircuitFingerprint() {}

  /** Twelve hex digits of SHA-256 over the circuit's and zk's class files (jar or folder). */
  static String current() {
    return of(List.of(codeSource(BatchCircuit.class), codeSource(CircuitBuilder.class)));
  }

  /** Twelve hex digits of SHA-256 over {@code sources}, each a jar or a folder of class files. */
  static String of(List<Path> sources) {
    MessageDigest sha = sha256();
    for (Path source : sources) {
      digest(sha, source);
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
  }

  private static Path codeSource(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new DevnetException("cannot locate the code of " + c.getName(), e);
    }
  }

  private static void digest(MessageDigest sha, Path source) {
    try {
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.walk(source)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            sha.update(source.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            update(sha, f);
          }
        }
      } else {
        update(sha, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static void update(MessageDigest sha, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
