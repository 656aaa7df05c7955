package io.validium.cli.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/** Why an HTTP call failed, in words (no exception class names in a user's sentence). */
final class Net {
  private Net() {}

  static String why(IOException e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out";
    }
    return e.getMessage() == null ? "I/O error" : e.getMessage();
  }
}
