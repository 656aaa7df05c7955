package io.validium.da.committee;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;
import org.web3j.crypto.WalletUtils;
import org.web3j.crypto.exception.CipherException;

/** Where a member's secp256k1 key comes from: a V3 keystore file, or a raw key in a secret file. */
public final class SigningKeys {
  private static final long MAX_FILE_BYTES = 64 * 1024;

  private SigningKeys() {}

  /** Decrypts an Ethereum V3 JSON keystore with the password held in {@code passwordFile}. */
  public static ECKeyPair fromKeystore(Path keystore, Path passwordFile) {
    String password = readSmall(passwordFile).strip();
    readSmall(keystore); // bounds the size before web3j parses it
    try {
      Credentials c = WalletUtils.loadCredentials(password, keystore.toFile());
      return c.getEcKeyPair();
    } catch (CipherException e) {
      throw new KeyLoadException("cannot decrypt keystore " + keystore + ": " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw new KeyLoadException("keystore " + keystore + " is not a V3 keystore: " + e);
    }
  }

  /** Reads a file holding one 32-byte private key as 64 hex digits, with or without {@code 0x}. */
  public static ECKeyPair fromRawKeyFile(Path file) {
    String text = readSmall(file).strip();
    if (text.startsWith("0x")) {
      text = text.substring(2);
    }
    if (!text.matches("[0-9a-fA-F]{64}")) {
      throw new KeyLoadException("key file " + file + " must hold 64 hex digits");
    }
    BigInteger k = new BigInteger(text, 16);
    if (k.signum() == 0 || k.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
      throw new KeyLoadException("key file " + file + " holds no valid secp256k1 key");
    }
    return ECKeyPair.create(k);
  }

  private static String readSmall(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new KeyLoadException(file + " is larger than " + MAX_FILE_BYTES + " bytes");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KeyLoadException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** A signing key could not be loaded; the node must not start. */
  public static final class KeyLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyLoadException(String message) {
      super(message);
    }
  }
}
