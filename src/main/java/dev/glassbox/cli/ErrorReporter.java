package dev.glassbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception a command throws into one clear line on stderr and exit code 1; the stack
 * trace is printed only with {@code --debug} (or {@code GLASSBOX_DEBUG=1}).
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) throws Exception {
    if (ex instanceof CommandLine.ParameterException pe) {
      // an option value found wrong while running (an unknown cost, a negative rate): a usage error, 2
      return cl.getParameterExceptionHandler().handleParseException(pe, new String[0]);
    }
    if (debug(parsed)) {
      ex.printStackTrace(cl.getErr());
    }
    String msg = ex.getMessage();
    if (msg == null || msg.isBlank()) {
      msg = ex.getClass().getSimpleName();
    }
    cl.getErr().println("glassbox: " + msg);
    if (!debug(parsed)) {
      cl.getErr().println("(run again with --debug for the stack trace)");
    }
    return 1;
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
