package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.sketch.ScriptRunner;
import dev.glassbox.sketch.StepperWindow;
import dev.glassbox.sketch.TraceSource;
import dev.glassbox.trace.DefaultExample;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Stepper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glassbox step}: step through one test image's forward pass, backprop and update, and see if it helped. */
@Command(
    name = "step",
    mixinStandardHelpOptions = true,
    description = {
      "Step through one test image: every z, a, the cost, every δ (BP1, BP2), the gradients (BP3,"
          + " BP4) and the SGD update, with the equations and their numbers.",
      "Opens the stepper window; with --text, or where there is no display, steps in the terminal.",
      "Without --image it opens the default example: the first test image whose cost C is above"
          + " 0.1, one the network is unsure of or gets wrong (a confident image's δs are 1e-8 and"
          + " less). The key 0 goes to test image 0.",
      "After the last step, → shows \"did it help?\": the same image forward again through the"
          + " updated weights, C before → after, and the actual ΔC beside the first-order prediction"
          + " -(η/m)‖∇C‖². r repeats the SGD step on this image until it is learned; z resets the"
          + " weights to the model's (the model file is never changed).",
      "Terminal keys (one per line), the same as the window's: Enter or → next, b or ← back,"
          + " ] or l next layer, [ previous layer, n/p next/previous image, 0 image 0, a random,"
          + " m wrong one, g per layer/neuron, r repeat the step, z reset, s the mini-batch from this image, h all keys, q quit."
    })
class StepCommand extends Subcommand {
  @Mixin ImageSource img;

  @Option(names = "--text", description = "Step in the terminal instead of the window.")
  boolean text;

  @Option(names = "--script", paramLabel = "TOKENS", description = "Window: play simulated keys and clicks, e.g. \"right*20 pin:2:3 shot:a.png quit\" (see docs/sketches.md).")
  String script;

  @Option(names = "--bench", description = "Time the window's drawing offscreen at 1280x800 for 784,100,30,10 and 784,300,100,10, and 784,100,30,10 at 1920x1080 zoomed 1.5x, and print mean and worst frame times.")
  boolean bench;

  @Option(names = "--frames", defaultValue = "300", paramLabel = "N", description = "--bench: frames per network (default: ${DEFAULT-VALUE}).")
  int frames;

  @Option(names = "--granularity", paramLabel = "layer|neuron", defaultValue = "layer",
      converter = GranularityConverter.class, description = "One step per layer or per neuron (default: ${DEFAULT-VALUE}).")
  Granularity granularity;

  @Mixin TracedStepOptions stepOptions;

  @Option(names = "--all", description = "Print every step without waiting for keys.")
  boolean all;

  private final InputStream in;
  private final boolean interactive;

  StepCommand() {
    this(System.in, System.console() != null);
  }

  /** With the keys read from {@code in} (tests pass a fake stdin). */
  StepCommand(InputStream in) {
    this(in, true);
  }

  /**
   * @param interactive whether {@code in} is someone typing; if not, the terminal fallback prints
   *     every step instead of waiting for keys
   */
  StepCommand(InputStream in, boolean interactive) {
    this.in = in;
    this.interactive = interactive;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    PrintWriter err = err();
    if (bench) {
      StepperBench.run(frames, img.data.path(), out);
      return 0;
    }
    stepOptions.check(spec.commandLine());
    TraceSource source = source(err);
    int image = image(source, out);
    if (!text) {
      String why = StepperWindow.noDisplayReason();
      if (why == null) {
        try {
          StepperWindow.open(source, image, granularity, script == null ? null : new ScriptRunner(script), lesson());
        } catch (RuntimeException | Error e) {
          why = "the window could not open (" + e.getMessage() + ")";
        }
        if (why == null) {
          // the window owns the program now; closing it exits
          new CountDownLatch(1).await();
          return 0;
        }
      }
      err.println("glassbox: " + why + "; stepping in the terminal instead (--text)");
      err.flush();
      all = all || !interactive;
    }
    Stepper st = new Stepper(source.trace(image), granularity);
    out.println(TextSession.header(source, image, st));
    if (all) {
      TextStepper.printAll(st, out, lesson());
    } else {
      BufferedReader keys = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      TextSession.run(source, image, st, keys, out, lesson());
    }
    return 0;
  }

  /** Whether to start in lesson mode ({@code glassbox lesson}); the key t toggles it. */
  boolean lesson() {
    return false;
  }

  // --image, or the default example (saying which rule chose it)
  private int image(TraceSource source, PrintWriter out) {
    if (img.image == null) {
      DefaultExample.Pick p = source.defaultExample();
      out.println("test image " + p.index() + ": " + p.note());
      out.flush();
      return p.index();
    }
    if (img.image < 0 || img.image >= source.size()) {
      throw new IllegalArgumentException("--image " + img.image + " is outside the test set (0.." + (source.size() - 1) + ")");
    }
    return img.image;
  }

  // the network and the test set the window and the terminal step through
  private TraceSource source(PrintWriter err) throws java.io.IOException {
    TraceSetup.Loaded m = TraceSetup.loadNetwork(img.model, err);
    Path dir = img.data.path();
    MnistSplit split = DataLoader.load(dir);
    if (!split.hasTest()) {
      throw new IllegalArgumentException(dir + " has no test set (" + DataLoader.describe(dir) + ")");
    }
    Dataset test = split.test();
    if (m.network().size(0) != Dataset.PIXELS) {
      throw new IllegalArgumentException("the images have " + Dataset.PIXELS
          + " pixels but the network expects " + m.network().size(0) + " inputs");
    }
    return new TraceSource(m.network(), test, m.eta(stepOptions.eta), m.lambda(), m.momentum(), m.n(), m.note(),
        m.dropout(stepOptions.dropout));
  }
}
