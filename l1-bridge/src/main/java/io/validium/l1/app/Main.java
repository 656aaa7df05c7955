package io.validium.l1.app;

import io.quarkus.bootstrap.logging.InitialConfigurator;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.validium.l1.deploy.DeployCommand;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;

/**
 * {@code deploy ...} runs the deploy command and exits, without starting the service (it needs no
 * deployment yet, nor Kafka); anything else starts the service.
 */
@QuarkusMain
public final class Main {

  Main() {}

  public static void main(String... args) {
    if (args.length > 0 && "deploy".equals(args[0])) {
      quietLogging();
      int code =
          new DeployCommand(System.out, System.err)
              .run(Arrays.asList(args).subList(1, args.length));
      System.exit(code);
    }
    Quarkus.run(args);
  }

  /**
   * Without a started Quarkus, records would wait in its delayed handler and reach stderr at exit:
   * the command's stderr is its one-sentence error, so only severe library records are shown.
   */
  private static void quietLogging() {
    Handler console = InitialConfigurator.createDefaultHandler();
    console.setLevel(Level.SEVERE);
    InitialConfigurator.DELAYED_HANDLER.setHandlers(new Handler[] {console});
  }
}
