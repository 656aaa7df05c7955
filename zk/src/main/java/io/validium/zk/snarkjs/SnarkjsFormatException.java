package io.validium.zk.snarkjs;

/**
 * A snarkjs file that is not valid JSON or not in snarkjs's format; the message names the file and
 * the offending field, as in "vk.json: vk_beta_2[1][0] is not below the field modulus".
 */
public final class SnarkjsFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String document;
  private final String location;

  SnarkjsFormatException(String document, String location, String problem) {
    super(document + ": " + (location.isEmpty() ? "" : location + " ") + problem);
    this.document = document;
    this.location = location;
  }

  /** The file the problem is in: "vk.json", "proof.json" or "public.json". */
  public String document() {
    return document;
  }

  /** The path of the offending value, such as "vk_beta_2[1][0]"; empty for the whole file. */
  public String location() {
    return location;
  }
}
