package io.validium.cli.client;

/**
 * A service a client talks to (sequencer, DAC member, L1 node) is unreachable, refused, or answered
 * something unusable: one sentence a user can act on.
 */
public final class ClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ClientException(String message) {
    super(message);
  }

  public ClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
