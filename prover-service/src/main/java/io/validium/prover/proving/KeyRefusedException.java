package io.validium.prover.proving;

/** The prover has no key it may use: it must not start. */
public final class KeyRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KeyRefusedException(String message) {
    super(message);
  }
}
