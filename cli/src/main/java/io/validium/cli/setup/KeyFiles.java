package io.validium.cli.setup;

import io.validium.circuit.keys.DevelopmentKey;
import io.validium.cli.UserError;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.snarkjs.BinaryFormatException;
import io.validium.zk.snarkjs.PtauFile;
import io.validium.zk.snarkjs.R1csFile;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes the ceremony's binary files, turning every failure into one sentence. */
final class KeyFiles {
  private KeyFiles() {}

  static ProvingKey readZkey(Path file) {
    requireFile(file);
    try {
      return ZkeyFile.read(file);
    } catch (BinaryFormatException e) {
      throw new UserError(file + ": " + withoutFileName(file, e.getMessage()), e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      // The sections parsed but do not make a key (sizes that disagree with the header).
      throw new UserError(file + ": not a consistent proving key (" + e.getMessage() + ")", e);
    }
  }

  static PtauFile readPtau(Path file) {
    requireFile(file);
    try {
      return PtauFile.read(file);
    } catch (BinaryFormatException e) {
      throw new UserError(file + ": " + withoutFileName(file, e.getMessage()), e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  static R1csFile readR1cs(Path file) {
    requireFile(file);
    try {
      return R1csFile.read(file);
    } catch (BinaryFormatException e) {
      throw new UserError(file + ": " + withoutFileName(file, e.getMessage()), e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  static void writeZkey(ProvingKey key, Path file) {
    try {
      DevelopmentKey.write(key, file);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }

  static void writeR1cs(R1csFile r1cs, Path file) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        r1cs.write(tmp);
        Files.move(
            tmp,
            target,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UserError(file + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }

  private static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file");
    }
  }

  /** The readers name the file without its folder; the message names it once, with its path. */
  private static String withoutFileName(Path file, String message) {
    String name = file.getFileName().toString();
    return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
  }
}
