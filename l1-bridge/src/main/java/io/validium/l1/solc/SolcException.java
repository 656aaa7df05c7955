package io.validium.l1.solc;

/** solc could not be run, or it refused the sources. */
public final class SolcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public SolcException(String message) {
    super(message);
  }
}
