package io.validium.l1.eth;

import java.util.Optional;

/** A JSON-RPC call failed: the node was unreachable, or it answered with an error. */
public final class RpcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean unreachable;
  private final transient Optional<String> data;

  private RpcException(String message, boolean unreachable, String data, Throwable cause) {
    super(message, cause);
    this.unreachable = unreachable;
    this.data = Optional.ofNullable(data);
  }

  static RpcException unreachable(String method, String url, Throwable cause) {
    return new RpcException(
        method + " to " + url + " failed: " + cause.getMessage(), true, null, cause);
  }

  static RpcException answered(String method, int code, String message, String data) {
    return new RpcException(
        method + " answered " + code + ": " + message + (data == null ? "" : " " + data),
        false,
        data,
        null);
  }

  /** Whether the node could not be reached at all (worth retrying as is). */
  public boolean unreachable() {
    return unreachable;
  }

  /** The error's data member: for a revert, the revert data (0x + selector + arguments). */
  public Optional<String> data() {
    return data;
  }
}
