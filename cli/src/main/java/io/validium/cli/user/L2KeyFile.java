package io.validium.cli.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.cli.UserError;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * An L2 account key file (protocol.md 16): the account id, the Baby Jubjub public key, and the 32
 * secret bytes, in the clear or sealed with AES-256-GCM under a scrypt key from a password.
 */
record L2KeyFile(AccountId account, EdDsaPrivateKey key) {
  static final String TYPE = "validium-l2-key";
  private static final String VERSION = "1";
  private static final int SCRYPT_N = 1 << 15;
  private static final int SCRYPT_R = 8;
  private static final int SCRYPT_P = 1;
  private static final int SALT_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final HexFormat HEX = HexFormat.of();
  private static final Pattern HEX32 = Pattern.compile("0x[0-9a-f]{64}");
  private static final Set<String> FIELDS =
      Set.of("type", "version", "accountId", "publicKey", "privateKey", "encrypted");
  private static final Set<String> SEALED =
      Set.of("kdf", "n", "r", "p", "salt", "cipher", "iv", "ciphertext");

  EdDsaPublicKey publicKey() {
    return key.publicKey();
  }

  /** The file's JSON; sealed when {@code password} is not null. */
  String toJson(char[] password, SecureRandom random) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", TYPE);
    n.put("version", VERSION);
    n.put("accountId", Integer.toString(account.value()));
    ObjectNode pk = n.putObject("publicKey");
    pk.put("x", publicKey().x().toHexString());
    pk.put("y", publicKey().y().toHexString());
    byte[] secret = key.toBytes();
    try {
      if (password == null) {
        n.put("privateKey", "0x" + HEX.formatHex(secret));
      } else {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        byte[] sealed =
            gcm(Cipher.ENCRYPT_MODE, password, salt, iv, aad(account, publicKey()), secret);
        ObjectNode e = n.putObject("encrypted");
        e.put("kdf", "scrypt");
        e.put("n", Integer.toString(SCRYPT_N));
        e.put("r", Integer.toString(SCRYPT_R));
        e.put("p", Integer.toString(SCRYPT_P));
        e.put("salt", "0x" + HEX.formatHex(salt));
        e.put("cipher", "aes-256-gcm");
        e.put("iv", "0x" + HEX.formatHex(iv));
        e.put("ciphertext", "0x" + HEX.formatHex(sealed));
      }
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("encryption cannot fail authentication", e);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    return n.toPrettyString() + "\n";
  }

  /** Whether the file at hand is sealed (so no password is needed to see its public part). */
  static boolean isEncrypted(JsonNode n) {
    return n.has("encrypted");
  }

  static JsonNode parse(Path file, String text) {
    try {
      JsonNode n = JSON.readTree(text);
      if (n == null || !n.isObject() || !TYPE.equals(n.path("type").asText())) {
        throw new UserError(file + " is not a validium L2 key file (no \"type\":\"" + TYPE + "\")");
      }
      only(n, FIELDS, file, "");
      if (!VERSION.equals(n.path("version").asText())) {
        throw new UserError(file + " has key file version " + n.path("version") + ", not \"1\"");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new UserError(file + " is not a JSON key file (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** Reads and checks the file; {@code password} is needed (only) for a sealed one. */
  static L2KeyFile read(Path file, JsonNode n, char[] password) {
    AccountId account = accountId(file, n.path("accountId"));
    EdDsaPublicKey stated = publicKeyOf(file, n);
    byte[] secret;
    if (isEncrypted(n)) {
      if (password == null) {
        throw new UserError(file + " is encrypted; give its password with --password-file");
      }
      secret = unseal(file, n.path("encrypted"), password, aad(account, stated));
    } else {
      secret = hex32(file, n.path("privateKey"), "privateKey");
    }
    EdDsaPrivateKey key = EdDsaPrivateKey.fromBytes(secret);
    Arrays.fill(secret, (byte) 0);
    if (!key.publicKey().equals(stated)) {
      throw new UserError(file + ": the private key does not belong to the public key in the file");
    }
    return new L2KeyFile(account, key);
  }

  static AccountId accountId(Path file, JsonNode v) {
    if (!v.isTextual() || !v.asText().matches("0|[1-9][0-9]{0,7}")) {
      throw new UserError(file + " has no decimal string in \"accountId\"");
    }
    long id = Long.parseLong(v.asText());
    if (id >= AccountId.LIMIT) {
      throw new UserError(file + ": accountId " + id + " is not below 2^24");
    }
    return new AccountId((int) id);
  }

  static EdDsaPublicKey publicKeyOf(Path file, JsonNode n) {
    JsonNode pk = n.path("publicKey");
    only(pk, Set.of("x", "y"), file, "publicKey.");
    return new EdDsaPublicKey(
        field(file, pk.path("x"), "publicKey.x"), field(file, pk.path("y"), "publicKey.y"));
  }

  private static byte[] unseal(Path file, JsonNode e, char[] password, byte[] aad) {
    only(e, SEALED, file, "encrypted.");
    if (!"scrypt".equals(e.path("kdf").asText())
        || !"aes-256-gcm".equals(e.path("cipher").asText())) {
      throw new UserError(file + ": only scrypt with aes-256-gcm is supported");
    }
    int n = bounded(file, e.path("n"), "encrypted.n", 1 << 20);
    int r = bounded(file, e.path("r"), "encrypted.r", 32);
    int p = bounded(file, e.path("p"), "encrypted.p", 16);
    if (n < 2 || Integer.bitCount(n) != 1) {
      throw new UserError(file + ": encrypted.n must be a power of two");
    }
    byte[] salt = hex(file, e.path("salt"), "encrypted.salt", SALT_BYTES);
    byte[] iv = hex(file, e.path("iv"), "encrypted.iv", IV_BYTES);
    byte[] sealed = hex(file, e.path("ciphertext"), "encrypted.ciphertext", 32 + TAG_BITS / 8);
    try {
      return gcm(Cipher.DECRYPT_MODE, password, salt, iv, aad, sealed, n, r, p);
    } catch (AEADBadTagException bad) {
      throw new UserError(file + ": wrong password (or the file was altered)", bad);
    }
  }

  private static byte[] gcm(
      int mode, char[] password, byte[] salt, byte[] iv, byte[] aad, byte[] in)
      throws AEADBadTagException {
    return gcm(mode, password, salt, iv, aad, in, SCRYPT_N, SCRYPT_R, SCRYPT_P);
  }

  private static byte[] gcm(
      int mode, char[] password, byte[] salt, byte[] iv, byte[] aad, byte[] in, int n, int r, int p)
      throws AEADBadTagException {
    byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
    byte[] k = SCrypt.generate(pw, salt, n, r, p, 32);
    Arrays.fill(pw, (byte) 0);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, new SecretKeySpec(k, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(aad);
      return c.doFinal(in);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  /** Binds the ciphertext to the file's public part: a swapped key or account fails to open. */
  private static byte[] aad(AccountId account, EdDsaPublicKey pk) {
    return (TYPE
            + ":"
            + VERSION
            + ":"
            + account.value()
            + ":"
            + pk.x().toHexString()
            + ":"
            + pk.y().toHexString())
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void only(JsonNode n, Set<String> allowed, Path file, String prefix) {
    if (!n.isObject()) {
      throw new UserError(file + ": \"" + prefix.replace(".", "") + "\" is not a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new UserError(file + " has an unknown field \"" + prefix + f + "\"");
      }
    }
  }

  private static int bounded(Path file, JsonNode v, String name, int max) {
    if (!v.isTextual()
        || !v.asText().matches("[1-9][0-9]{0,7}")
        || Long.parseLong(v.asText()) > max) {
      throw new UserError(file + ": \"" + name + "\" is not a decimal string from 1 to " + max);
    }
    return Integer.parseInt(v.asText());
  }

  private static Fr field(Path file, JsonNode v, String name) {
    byte[] b = hex32(file, v, name);
    try {
      return Fr.fromBytesBigEndian(b);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": \"" + name + "\" is not below the field modulus", e);
    }
  }

  private static byte[] hex32(Path file, JsonNode v, String name) {
    if (!v.isTextual() || !HEX32.matcher(v.asText()).matches()) {
      throw new UserError(file + ": \"" + name + "\" is not 0x and 64 lowercase hex digits");
    }
    return HEX.parseHex(v.asText().substring(2));
  }

  private static byte[] hex(Path file, JsonNode v, String name, int bytes) {
    if (!v.isTextual() || !v.asText().matches("0x[0-9a-f]{" + 2 * bytes + "}")) {
      throw new UserError(
          file + ": \"" + name + "\" is not 0x and " + 2 * bytes + " lowercase hex digits");
    }
    return HEX.parseHex(v.asText().substring(2));
  }
}
