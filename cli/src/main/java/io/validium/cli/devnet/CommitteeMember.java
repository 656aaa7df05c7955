package io.validium.cli.devnet;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.util.Locale;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * A DAC member of the devnet: its name and secp256k1 signing key, kept as a raw key file in the run
 * folder (made on first start, read back on {@code --reuse}).
 */
record CommitteeMember(String name, Path keyFile, String address) {

  static CommitteeMember loadOrCreate(String name, Path keyFile) {
    try {
      if (!Files.exists(keyFile)) {
        ECKeyPair pair = Keys.createEcKeyPair();
        Files.createDirectories(keyFile.getParent());
        Files.writeString(
            keyFile, Numeric.toHexStringWithPrefixZeroPadded(pair.getPrivateKey(), 64));
        try {
          Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the folder's own permissions protect the key.
        }
      }
      String hex = Files.readString(keyFile).strip();
      BigInteger k = Numeric.toBigInt(hex);
      String address =
          "0x" + Keys.getAddress(ECKeyPair.create(k).getPublicKey()).toLowerCase(Locale.ROOT);
      return new CommitteeMember(name, keyFile, address);
    } catch (IOException e) {
      throw new DevnetException("cannot write the key of " + name + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException
        | NoSuchProviderException
        | InvalidAlgorithmParameterException e) {
      throw new IllegalStateException("secp256k1 key generation is unavailable", e);
    }
  }
}
