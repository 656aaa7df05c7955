package io.validium.cli.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.cli.InputFiles;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.types.AccountId;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The L2 account key file ({@code --key}) and its password file. */
final class KeyOptions {
  @Option(
      names = "--key",
      required = true,
      paramLabel = "FILE",
      description = "L2 account key file (validium keys new --account N)")
  Path key;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "file whose first line is the key file's password")
  Path passwordFile;

  /** The account and the private key (decrypted when the file is sealed). */
  L2KeyFile load() {
    JsonNode n = parsed();
    if (!L2KeyFile.isEncrypted(n)) {
      SecretFiles.readKey(key, false);
    }
    return L2KeyFile.read(key, n, passwordFile == null ? null : SecretFiles.password(passwordFile));
  }

  /** The public part only, which needs no password: what a deposit names on L1. */
  PublicPart publicPart() {
    JsonNode n = parsed();
    return new PublicPart(
        L2KeyFile.accountId(key, n.path("accountId")), L2KeyFile.publicKeyOf(key, n));
  }

  private JsonNode parsed() {
    return L2KeyFile.parse(key, InputFiles.readText(key, SecretFiles.MAX_KEY_FILE_BYTES));
  }

  record PublicPart(AccountId account, EdDsaPublicKey publicKey) {}
}
