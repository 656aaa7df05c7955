package io.validium.l1.deploy;

/** The deployment failed after its arguments were accepted (the chain, the compiler, a file). */
public final class DeployException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public DeployException(String message) {
    super(message);
  }
}
