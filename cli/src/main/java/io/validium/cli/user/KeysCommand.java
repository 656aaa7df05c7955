package io.validium.cli.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.cli.InputFiles;
import io.validium.cli.UserError;
import io.validium.core.crypto.EdDsaPrivateKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.web3j.crypto.Credentials;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validium keys new|show}: L2 account keys and the L1 keys that pay gas. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Make and show key files (L2 account keys, L1 Ethereum keys).",
    subcommands = {KeysCommand.New.class, KeysCommand.Show.class})
public final class KeysCommand {

  /** {@code keys new}: a fresh key file, owner-only, optionally password-encrypted. */
  @Command(
      name = "new",
      mixinStandardHelpOptions = true,
      description = "Make a new L2 account key (--account N) or L1 key (--l1) in a new file.")
  static final class New extends UserCommand {
    @ArgGroup(multiplicity = "1")
    Kind kind;

    static final class Kind {
      @Option(names = "--account", paramLabel = "N", description = "L2 account id (0 to 16777215)")
      Long account;

      @Option(names = "--l1", description = "an L1 (Ethereum) key instead")
      boolean l1;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the new file")
    Path out;

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "encrypt with the password on this file's first line")
    Path passwordFile;

    @Override
    public Integer call() {
      char[] password = passwordFile == null ? null : SecretFiles.password(passwordFile);
      if (kind.l1) {
        String content = L1KeyFile.create(password);
        SecretFiles.writeNew(out, content);
        Credentials c = L1KeyFile.read(out, password);
        out().println("L1 address " + c.getAddress());
      } else {
        L2KeyFile f =
            new L2KeyFile(
                Args.account(kind.account, "--account"),
                EdDsaPrivateKey.generate(new SecureRandom()));
        SecretFiles.writeNew(out, f.toJson(password, new SecureRandom()));
        out().println("account " + f.account().value());
        printPublicKey(out(), f.publicKey());
      }
      out().println("written to " + out + (password == null ? " (unencrypted, owner-only)" : ""));
      return 0;
    }
  }

  /** {@code keys show}: the public part of a key file; with the password, checks it opens. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a key file's account and public key (L2) or address (L1).")
  static final class Show extends UserCommand {
    @Option(names = "--key", required = true, paramLabel = "FILE", description = "the key file")
    Path key;

    @Option(
        names = {"--password-file", "--l1-password-file"},
        paramLabel = "FILE",
        description = "check that this password opens the file")
    Path passwordFile;

    @Override
    public Integer call() {
      String text = InputFiles.readText(key, SecretFiles.MAX_KEY_FILE_BYTES);
      char[] password = passwordFile == null ? null : SecretFiles.password(passwordFile);
      if (text.contains("\"" + L2KeyFile.TYPE + "\"")) {
        KeyOptions k = new KeyOptions();
        k.key = key;
        k.passwordFile = passwordFile;
        KeyOptions.PublicPart p = k.publicPart();
        if (password != null || !L2KeyFile.isEncrypted(L2KeyFile.parse(key, text))) {
          k.load();
        }
        out().println("L2 key of account " + p.account().value());
        printPublicKey(out(), p.publicKey());
        return 0;
      }
      String address;
      if (text.trim().startsWith("{") && password == null) {
        address = keystoreAddress(text);
      } else {
        address = L1KeyFile.read(key, password).getAddress();
      }
      out().println("L1 address " + address);
      return 0;
    }

    private String keystoreAddress(String text) {
      try {
        JsonNode n = new ObjectMapper().readTree(text);
        String a = n.path("address").asText("");
        if (!a.matches("(0x)?[0-9a-fA-F]{40}")) {
          throw new UserError(key + " is a keystore without an address; give --l1-password-file");
        }
        return a.startsWith("0x") ? a.toLowerCase() : "0x" + a.toLowerCase();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UserError(key + " is not a JSON keystore (" + e.getOriginalMessage() + ")", e);
      }
    }
  }

  static void printPublicKey(java.io.PrintWriter out, io.validium.core.crypto.EdDsaPublicKey k) {
    out.println("public key x " + k.x().toHexString());
    out.println("public key y " + k.y().toHexString());
  }
}
