package io.validium.cli.user;

import io.validium.cli.InputFiles;
import io.validium.cli.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** Key and password files: written owner-only and never over an existing key. */
final class SecretFiles {
  static final long MAX_KEY_FILE_BYTES = 16 * 1024;
  private static final long MAX_PASSWORD_BYTES = 1024;
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE);

  private SecretFiles() {}

  /**
   * Writes {@code text} to a new file readable by its owner only; the file appears whole (a
   * temporary file moved in place) and an existing file is never replaced: a lost key is lost
   * funds.
   */
  static void writeNew(Path file, String text) {
    Path target = file.toAbsolutePath();
    if (Files.exists(target)) {
      throw new UserError(file + " already exists; a key file is never overwritten");
    }
    Path dir = target.getParent();
    try {
      Files.createDirectories(dir);
      boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
      Path tmp =
          posix
              ? Files.createTempFile(
                  dir,
                  "." + target.getFileName(),
                  ".tmp",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------")))
              : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        // A hard link fails if the target exists, where a move would silently replace it.
        Files.createLink(target, tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new UserError(file + " already exists; a key file is never overwritten", e);
    } catch (IOException | UnsupportedOperationException e) {
      throw new UserError(file + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }

  /** Reads a key file; an unencrypted secret that others may read is refused. */
  static String readKey(Path file, boolean encrypted) {
    String text = InputFiles.readText(file, MAX_KEY_FILE_BYTES);
    if (!encrypted && readableByOthers(file)) {
      throw new UserError(
          file + " holds an unencrypted key and is readable by other users; chmod 600 it");
    }
    return text;
  }

  static boolean readableByOthers(Path file) {
    try {
      if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
        return false;
      }
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      return p.stream().anyMatch(OTHERS::contains);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** The password on the file's first line (without its line end). */
  static char[] password(Path file) {
    String text = InputFiles.readText(file, MAX_PASSWORD_BYTES);
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.isEmpty()) {
      throw new UserError(file + ": the password file's first line is empty");
    }
    return line.toCharArray();
  }
}
