package dev.glassbox.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest (falls back to "dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = GlassboxCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "glassbox " + (v == null ? "dev" : v),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
