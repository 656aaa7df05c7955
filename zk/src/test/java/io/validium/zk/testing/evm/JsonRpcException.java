package io.validium.zk.testing.evm;

/** A JSON-RPC call that the node answered with an error object, such as a reverted eth_call. */
public final class JsonRpcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An error with the node's message. */
  public JsonRpcException(String message) {
    super(message);
  }
}
