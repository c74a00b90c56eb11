package dev.glassbox.cli;

import dev.glassbox.render.shared.Png;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.render.stepper.AnimatedGif;
import dev.glassbox.render.stepper.BatchState;
import dev.glassbox.render.stepper.StepperScene;
import dev.glassbox.render.stepper.StepperState;
import dev.glassbox.trace.explain.Granularity;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glassbox render}: one step of the stepper window as a PNG, or the whole pass as a GIF, headless. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Draw the stepper window at one step into a PNG (--out), or every step into an"
        + " animated GIF (--gif), with no display needed.")
final class RenderCommand extends Subcommand {
  @Mixin ImageSource img;

  @Mixin TracedStepOptions stepOptions;

  @Option(names = "--step", paramLabel = "K", description = "Step number 1..n as the window shows it (default: the last).")
  Integer step;

  @Option(names = "--out", paramLabel = "FILE", description = "PNG to write.")
  Path out;

  @Option(names = "--gif", paramLabel = "FILE", description = "Animated GIF of every step to write.")
  Path gif;

  @Option(names = "--pin", paramLabel = "L:J", description = "Pin neuron J of layer L (the book's numbering: 2 = first hidden layer; default: from the cost step on the target output neuron, from each BP2 step on that layer's neuron of largest |δ|).")
  String pin;

  @Option(names = "--check", description = "Show the finite-difference check of the pinned neuron's weight.")
  boolean check;

  @Option(names = "--batch", arity = "0..1", fallbackValue = "" + (BatchState.DEFAULT_M + 2), paramLabel = "K",
      description = "Show the mini-batch view (the key s) at its step K: SGD on the " + BatchState.DEFAULT_M
          + " test images from the image on, for the pinned neuron; steps 1.." + BatchState.DEFAULT_M
          + " add one image each, " + (BatchState.DEFAULT_M + 1) + " is the mean, " + (BatchState.DEFAULT_M + 2)
          + " (the default) the update.")
  Integer batch;

  @Option(names = "--granularity", paramLabel = "layer|neuron", defaultValue = "layer",
      converter = GranularityConverter.class, description = "One step per layer or per neuron (default: ${DEFAULT-VALUE}).")
  Granularity granularity;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", converter = SizeConverter.class,
      description = "Picture size in pixels, like a window of that size (default: ${DEFAULT-VALUE}).")
  java.awt.Dimension size;

  @Option(names = "--zoom", paramLabel = "Z", defaultValue = "1",
      description = "Zoom as in the window's Ctrl +: text and neurons Z times larger, as far as the size"
          + " allows (default: ${DEFAULT-VALUE}).")
  float zoom;

  @Option(names = "--did-it-help", arity = "0..1", fallbackValue = "1", paramLabel = "N",
      description = "PNG: show \"did it help?\" over the last step: the image forward again after N SGD"
          + " steps on it, as the key r takes them (default N: 1, the traced update).")
  Integer didItHelp;

  @Option(names = "--frame-ms", defaultValue = "700", paramLabel = "MS", description = "GIF: time per step (default: ${DEFAULT-VALUE}).")
  int frameMs;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = err();
    PrintWriter outw = out();
    if (out == null && gif == null) {
      throw new IllegalArgumentException("say where to write: --out frame.png and/or --gif pass.gif");
    }
    DataTestImages images = new DataTestImages();
    stepOptions.check(spec.commandLine());
    TraceSetup.Traced t = TraceSetup.load(img.model, img.data.path(), img.image, stepOptions.eta, stepOptions.dropout, images, err);
    StepperState s = new StepperState(t.trace(), granularity, t.title(), t.modelNote());
    if (t.example() != null) {
      outw.println("test image " + t.trace().sampleIndex() + ": " + t.example().note());
    }
    if (pin != null) {
      int[] lj = BookIndex.neuron(spec.commandLine(), "--pin", pin, t.trace().sizes());
      s.pin(lj[0], lj[1]);
    } else {
      s.setAutoPin(true); // the target output neuron, then the hidden neuron of largest |δ|
    }
    if (!(zoom > 0)) {
      throw new IllegalArgumentException("--zoom must be above 0, got " + zoom);
    }
    StepperScene scene = new StepperScene(t.trace().sizes(), new Viewport(size.width, size.height, zoom));
    if (out != null) {
      int n = s.stepper().size();
      int k = step == null ? n : step;
      if (k < 1 || k > n) {
        throw new IllegalArgumentException("--step " + k + " is outside 1.." + n);
      }
      s.seek(k - 1);
      if (didItHelp != null) {
        if (didItHelp < 1) {
          throw new IllegalArgumentException("--did-it-help " + didItHelp + ": N must be 1 or more SGD steps");
        }
        s.showAfterUpdate();
        for (int i = 1; i < didItHelp; i++) {
          s.repeatStep();
        }
        k = n;
      }
      s.setProgress(1f);
      if (check) {
        s.runCheck();
      }
      if (batch != null) {
        BatchState b = new BatchState(TraceSetup.batch(t, img.data.path(), BatchState.DEFAULT_M, images), s.pinLayer(),
            s.pinNeuron(), "test");
        if (batch < 1 || batch > b.steps()) {
          throw new IllegalArgumentException("--batch " + batch + " is outside 1.." + b.steps());
        }
        b.seek(batch - 1);
        s.setBatch(b);
      }
      Png.draw(out, size.width, size.height, g -> scene.display(g, s));
      outw.println("wrote " + out + " (step " + k + "/" + n + ": " + s.current().symbol()
          + (didItHelp == null ? "" : "; did it help? " + s.repeats().latestStep().headline() + ", SGD step "
              + s.repeats().steps() + " on this image") + ")");
    }
    if (gif != null) {
      int frames = AnimatedGif.writePass(scene, s, gif, frameMs);
      outw.println("wrote " + gif + " (" + frames + " frames)");
    }
    return 0;
  }
}
