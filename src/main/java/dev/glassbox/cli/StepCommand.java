package dev.glassbox.cli;

import dev.glassbox.trace.Granularity;
import dev.glassbox.trace.Stepper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox step}: step through one test image's forward pass, backprop and update. */
@Command(
    name = "step",
    mixinStandardHelpOptions = true,
    description = {
      "Step through one test image: every z, a, the cost, every δ (BP1, BP2), the gradients (BP3,"
          + " BP4) and the SGD update, with the equations and their numbers.",
      "Keys (one per line): Enter next, b back, l next layer, p previous layer, q quit."
    })
final class StepCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--text", description = "Step in the terminal (the window stepper is not built yet, so this is also the default).")
  boolean text;

  @Option(names = "--image", required = true, paramLabel = "N", description = "Index of the test image (0-9999 for MNIST).")
  int image;

  @Option(names = "--model", paramLabel = "M", description = "Model file (default: data/models/default.safetensors; an untrained network if missing).")
  Path model;

  @Option(names = "--data", paramLabel = "PATH", description = "Data folder (default: the bundled MNIST in data/).")
  Path data;

  @Option(names = "--granularity", paramLabel = "layer|neuron", defaultValue = "layer",
      converter = GranularityConverter.class, description = "One step per layer or per neuron (default: ${DEFAULT-VALUE}).")
  Granularity granularity;

  @Option(names = "--eta", paramLabel = "η", description = "Learning rate of the update step (default: the model's, else 3.0).")
  Double eta;

  @Option(names = "--all", description = "Print every step without waiting for keys.")
  boolean all;

  private final InputStream in;
  private final TestImages images;

  StepCommand() {
    this(System.in, new DataTestImages());
  }

  /** With the keys read from {@code in} (tests pass a fake stdin). */
  StepCommand(InputStream in, TestImages images) {
    this.in = in;
    this.images = images;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!text) {
      err.println("note: the window stepper is not built yet; stepping in the terminal (--text)");
    }
    TraceSetup.Traced t = TraceSetup.load(model, data, image, eta, images, err);
    Stepper st = new Stepper(t.trace(), granularity);
    out.println("test image " + image + " (label " + t.trace().label() + ", predicted "
        + t.trace().predicted() + "), model: " + t.modelNote() + ", " + st.size() + " steps");
    if (all) {
      TextStepper.printAll(st, out);
    } else {
      BufferedReader keys = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      TextStepper.interactive(st, keys, out);
    }
    return 0;
  }
}
