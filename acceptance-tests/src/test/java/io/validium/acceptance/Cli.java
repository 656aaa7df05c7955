package io.validium.acceptance;

import io.validium.cli.Validium;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code validium} command in this JVM, as a user would type it. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Validium.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    System.out.println("[validium " + String.join(" ", args) + "] exit " + code + "\n" + out + err);
    return new Cli(code, out.toString(), err.toString());
  }
}
