package dev.glassbox.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: the common options ({@code --debug}) and picocli's view of the
 * command, for the output writers the tests capture and for usage errors (exit 2).
 */
abstract class Subcommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  /** The command's standard output (picocli's writer, so tests and tutorials can capture it). */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The command's error output. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
