package io.validium.cli.devnet;

/** Why the devnet cannot start or stopped: one sentence a user can act on. */
public final class DevnetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DevnetException(String message) {
    super(message);
  }

  public DevnetException(String message, Throwable cause) {
    super(message, cause);
  }
}
