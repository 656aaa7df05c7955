package io.validium.cli.user;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.cli.UserError;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.regex.Pattern;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Wallet;
import org.web3j.crypto.WalletFile;
import org.web3j.crypto.WalletUtils;
import org.web3j.crypto.exception.CipherException;
import org.web3j.utils.Numeric;

/**
 * The Ethereum key that pays for deposits, claims, freezes and exits on L1: a V3 keystore (the
 * format geth and web3j write, password-encrypted) or a file holding one hex private key.
 */
final class L1KeyFile {
  private static final Pattern RAW = Pattern.compile("(0x)?[0-9a-fA-F]{64}");
  private static final BigInteger SECP256K1_N =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

  private L1KeyFile() {}

  /** Reads the key; a keystore needs {@code password}, a raw key file must be owner-only. */
  static Credentials read(Path file, char[] password) {
    String text = io.validium.cli.InputFiles.readText(file, SecretFiles.MAX_KEY_FILE_BYTES).trim();
    if (RAW.matcher(text).matches()) {
      SecretFiles.readKey(file, false);
      BigInteger k = Numeric.toBigInt(text);
      if (k.signum() == 0 || k.compareTo(SECP256K1_N) >= 0) {
        throw new UserError(file + " holds no valid secp256k1 private key (0 or not below n)");
      }
      return Credentials.create(ECKeyPair.create(k));
    }
    if (!text.startsWith("{")) {
      throw new UserError(
          file + " is neither a V3 keystore (JSON) nor a hex private key (64 hex digits)");
    }
    if (password == null) {
      throw new UserError(file + " is a keystore; give its password with --l1-password-file");
    }
    try {
      return WalletUtils.loadJsonCredentials(new String(password), text);
    } catch (CipherException e) {
      throw new UserError(file + ": wrong password for the keystore (" + e.getMessage() + ")", e);
    } catch (IOException | RuntimeException e) {
      throw new UserError(file + " is not a readable V3 keystore (" + e.getMessage() + ")", e);
    }
  }

  /** A fresh key's file content: a V3 keystore under {@code password}, else the raw hex key. */
  static String create(char[] password) {
    try {
      ECKeyPair pair = Keys.createEcKeyPair();
      if (password == null) {
        return Numeric.toHexStringWithPrefixZeroPadded(pair.getPrivateKey(), 64) + "\n";
      }
      // scrypt N = 2^16 (64 MiB): between web3j's light (2^12) and standard (2^18, 256 MiB) files.
      WalletFile w = Wallet.create(new String(password), pair, 1 << 16, 1);
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(w) + "\n";
    } catch (GeneralSecurityException | CipherException | IOException e) {
      throw new IllegalStateException("making a secp256k1 key cannot fail: " + e.getMessage(), e);
    }
  }
}
