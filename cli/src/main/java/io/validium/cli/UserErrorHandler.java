package io.validium.cli;

import io.validium.cli.client.ClientException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns {@link UserError} (bad input) and {@link ClientException} (a service that cannot be used)
 * into a one-line message and exit code 2; anything else is a bug.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed)
      throws Exception {
    if (e instanceof UserError || e instanceof ClientException) {
      cli.getErr().println("error: " + e.getMessage());
      return BAD_INPUT;
    }
    throw e;
  }
}
