package dev.glassbox.cli;

import picocli.CommandLine;

/** Entry point of the {@code glassbox} command: builds the picocli command tree and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage error); used by tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, with one-line error reporting installed. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new GlassboxCommand());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setExecutionStrategy(ErrorReporter.strategy());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
