package dev.glassbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception or {@link Error} a command throws into one clear line on stderr and exit
 * code 1; the stack trace is printed only with {@code --debug} (or {@code GLASSBOX_DEBUG=1}).
 * Errors (out of memory, a stack overflow) never reach picocli's exception handler, so the
 * execution strategy catches them ({@link #strategy}).
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  /** Runs the last subcommand like picocli's default, reporting an {@link Error} as one line, exit 1. */
  static CommandLine.IExecutionStrategy strategy() {
    return parsed -> {
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (Error e) {
        CommandLine cl = parsed.commandSpec().commandLine();
        ParseResult p = parsed;
        while (p.subcommand() != null) {
          p = p.subcommand();
          cl = p.commandSpec().commandLine();
        }
        return report(e, errorMessage(e), cl, parsed);
      }
    };
  }

  // what an Error means to the user: the JVM's own words are not enough
  static String errorMessage(Error e) {
    if (e instanceof OutOfMemoryError) {
      long mb = Runtime.getRuntime().maxMemory() >> 20;
      return "out of memory (" + (e.getMessage() == null ? "Java heap" : e.getMessage()) + "): the input or"
          + " network is too large for the " + mb + " MB Java may use; use a smaller one, or raise the limit"
          + " with GLASSBOX_JAVA_OPTS=-Xmx8g";
    }
    if (e instanceof StackOverflowError) {
      return "stack overflow: the input nests too deeply";
    }
    return "internal error: " + e;
  }

  private static int report(Throwable ex, String msg, CommandLine cl, ParseResult parsed) {
    if (debug(parsed)) {
      ex.printStackTrace(cl.getErr());
    }
    cl.getErr().println("glassbox: " + msg);
    if (!debug(parsed)) {
      cl.getErr().println("(run again with --debug for the stack trace)");
    }
    cl.getErr().flush();
    return 1;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) throws Exception {
    if (ex instanceof CommandLine.ParameterException pe) {
      // an option value found wrong while running (an unknown cost, a negative rate): a usage error, 2
      return cl.getParameterExceptionHandler().handleParseException(pe, new String[0]);
    }
    String msg = ex.getMessage();
    if (msg == null || msg.isBlank()) {
      msg = ex.getClass().getSimpleName();
    }
    return report(ex, Messages.escape(msg), cl, parsed);
  }

  private static boolean debug(ParseResult parsed) {
    if ("1".equals(System.getenv("GLASSBOX_DEBUG"))) {
      return true;
    }
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
