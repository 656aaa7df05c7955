package io.validium.cli.user;

import io.validium.cli.UserError;
import java.nio.file.Path;
import org.web3j.crypto.Credentials;
import picocli.CommandLine.Option;

/** The L1 key file ({@code --l1-key}) that pays gas, and its keystore password file. */
final class L1KeyOptions {
  @Option(
      names = "--l1-key",
      paramLabel = "FILE",
      description = "L1 key: a V3 keystore or a file with one hex private key (chmod 600)")
  Path key;

  @Option(
      names = "--l1-password-file",
      paramLabel = "FILE",
      description = "file whose first line is the keystore's password")
  Path passwordFile;

  boolean given() {
    return key != null;
  }

  Credentials load(String why) {
    if (key == null) {
      throw new UserError("--l1-key FILE is needed " + why);
    }
    return L1KeyFile.read(key, passwordFile == null ? null : SecretFiles.password(passwordFile));
  }
}
