package io.validium.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns {@link UserError} into a one-line message and exit code 2; anything else is a bug. */
final class UserErrorHandler implements IExecutionExceptionHandler {
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed)
      throws Exception {
    if (e instanceof UserError) {
      cli.getErr().println("error: " + e.getMessage());
      return BAD_INPUT;
    }
    throw e;
  }
}
