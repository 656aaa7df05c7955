package io.validium.acceptance;

import io.validium.cli.devnet.Devnet;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One devnet for every IT class of the run (its boot is most of the module's time): started by the
 * first class that asks, closed by JUnit when the run ends (the root store closes AutoCloseables).
 */
final class SharedDevnet implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(SharedDevnet.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext ctx) {
    return p.getParameter().getType() == Devnet.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext ctx) {
    return ctx.getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent("devnet", k -> DevnetFixture.start("end-to-end"), Devnet.class);
  }
}
