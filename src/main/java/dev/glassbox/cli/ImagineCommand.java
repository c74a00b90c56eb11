package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MeanImage;
import dev.glassbox.network.Network;
import dev.glassbox.render.chart.ExplainView;
import dev.glassbox.render.chart.ImagineSheet;
import dev.glassbox.render.shared.Png;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explore.DigitPrior;
import dev.glassbox.trace.explore.Imagine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox imagine}: what the network thinks a digit looks like (gradient descent on the
 * pixels), or which pixels pushed its answer for a test image (the input-layer gradient).
 */
@Command(name = "imagine", mixinStandardHelpOptions = true,
    header = "What the network thinks a digit looks like; which pixels pushed an answer.",
    description =
        "Ask the network what a digit looks like: start from the mean of all training digits and"
            + " change the pixels by backpropagation to the input layer until the network answers that"
            + " digit. Each step is filtered by the pixel covariance of all training digits (labels"
            + " unused), so the picture changes by strokes, not by single pixels, and the pixels decay"
            + " towards the mean digit and are clipped to [0,1] (see docs/imagine.md). --prior none"
            + " --decay 0.02 --blur 0.8 --jitter 2 --temperature 1 is the raw pixel gradient with a blur."
            + " --explain N instead shows test image N beside -dC/dx: the pixels that pushed the answer.")
final class ImagineCommand extends Subcommand {
  private static final int SCALE = 8;

  @Mixin ModelOptions model;
  @Mixin ImagineSettings tuning;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--digit", paramLabel = "D", converter = DigitConverter.class,
        description = "The digit to imagine (0-9).")
    Integer digit;

    @Option(names = "--all", description = "Imagine all ten digits side by side.")
    boolean all;

    @Option(names = "--explain", paramLabel = "N",
        description = "Test image N: the image beside its input-layer gradient.")
    Integer explain;
  }

  @Option(names = "--out", paramLabel = "PNG",
      description = "PNG to write (default: out/imagine-D.png, out/imagine-all.png or out/explain-N.png).")
  Path out;

  @Mixin DataPath data;

  @Option(names = "--start", paramLabel = "S", defaultValue = "mean",
      description = "Start image: blank (all 0) or mean (the mean of the training digits of --data,"
          + " a blob that is no digit in particular) (default: ${DEFAULT-VALUE}).")
  String start;

  @Option(names = "--prior", paramLabel = "P", defaultValue = "digits",
      description = "digits: filter each step by the pixel covariance of all training digits of --data"
          + " (labels unused), so the picture changes by strokes; none: the raw pixel gradient"
          + " (default: ${DEFAULT-VALUE}).")
  String prior;

  @Override
  public Integer call() throws IOException {
    Network net = model.load().network();
    PrintWriter w = out();
    if (what.explain != null) {
      return explain(net, w);
    }
    Imagine.Settings s = tuning.settings();
    if (!prior.equals("digits") && !prior.equals("none")) {
      throw new IllegalArgumentException("--prior must be digits or none, got \"" + prior + "\"");
    }
    if (!start.equals("mean") && !start.equals("blank")) {
      throw new IllegalArgumentException("--start must be blank or mean, got \"" + start + "\"");
    }
    Dataset train = prior.equals("digits") || start.equals("mean")
        ? DataLoader.load(data.path()).train() : null;
    DigitPrior digitPrior = prior.equals("digits") ? DigitPrior.of(train) : null;
    double[] startImage = start.equals("mean")
        ? (digitPrior != null ? digitPrior.mean() : MeanImage.of(train)) : null;
    int from = what.all ? 0 : what.digit;
    int to = what.all ? 9 : what.digit;
    // the digits are independent (and each deterministic): imagine them side by side on the cores
    List<Imagine.Result> results = IntStream.rangeClosed(from, to).parallel()
        .mapToObj(d -> Imagine.digit(net, d, startImage, digitPrior, s)).toList();
    for (Imagine.Result r : results) {
      int d = r.digit();
      w.printf(Locale.ROOT, "%d: a^L_%d %.4f -> %.4f, network answers %d%n", d, d,
          r.startActivation(), r.activation(), argmax(r.output()));
    }
    ImagineSheet sheet = new ImagineSheet(results, SCALE,
        "What " + net.sizesString() + " thinks " + (what.all ? "the digits look" : "a " + from + " looks")
            + " like (" + model.path().getFileName() + ")");
    Path file = out != null ? out : Path.of(CommonOptions.OUT, what.all ? "imagine-all.png" : "imagine-" + from + ".png");
    Png.draw(file, sheet.width(), sheet.height(), g -> sheet.display(g, 0, 0));
    w.println("Wrote " + file + ".");
    w.flush();
    return 0;
  }

  private int explain(Network net, PrintWriter w) throws IOException {
    TestImages.Image img = new DataTestImages().load(data.path(), what.explain);
    double[] x = new double[img.pixels().length];
    for (int k = 0; k < x.length; k++) {
      x[k] = (img.pixels()[k] & 0xFF) / 255.0;
    }
    double[] g = Trace.inputGradient(net, x, img.label());
    double[] a = Imagine.outputs(net, x);
    int answer = argmax(a);
    ExplainView view = new ExplainView(x, g, SCALE,
        "Test image " + img.index() + ": label " + img.label() + ", network answers " + answer,
        "the image x", "-dC/dx (y = " + img.label() + "): orange = more ink here helps, blue = hurts");
    Path file = out != null ? out : Path.of(CommonOptions.OUT, "explain-" + img.index() + ".png");
    Png.draw(file, view.width(), view.height(), pg -> view.display(pg, 0, 0));
    w.printf(Locale.ROOT, "Test image %d (label %d): network answers %d (a^L = %.4f). Wrote %s.%n",
        img.index(), img.label(), answer, a[answer], file);
    w.flush();
    return 0;
  }

  private static int argmax(double[] a) {
    int best = 0;
    for (int j = 1; j < a.length; j++) {
      if (a[j] > a[best]) {
        best = j;
      }
    }
    return best;
  }
}
