package io.validium.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, so that it is never out of step with the build. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Validium.class.getPackage().getImplementationVersion();
    return new String[] {"validium " + (version == null ? "(development build)" : version)};
  }
}
