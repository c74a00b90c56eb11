package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.render.chart.DigitGrid;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Png;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import processing.core.PConstants;
import processing.core.PGraphics;

/** {@code glassbox data}: loads the data, prints per-digit counts and draws a grid of samples. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    header = "Per-digit counts of train, validation and test, and a PNG of random samples.",
    description =
        "Load the data set, print how many images of each digit train, validation and test hold,"
            + " and write a PNG of random labelled samples from train and test.")
final class DataCommand extends Subcommand {
  private static final int COLS = 10;
  private static final int ROWS = 6;
  private static final int SCALE = 2;
  private static final int MARGIN = 20;

  @Mixin DataOptions dataOptions;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = CommonOptions.OUT + "data-grid.png",
      description = "PNG to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed for picking the samples (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    Path source = dataOptions.path();
    String kind = DataLoader.describe(source);
    MnistSplit split = dataOptions.load();
    int limit = dataOptions.limit.n();
    PrintWriter w = out();
    w.println("Data: " + source + " (" + kind + ")" + (limit > 0 ? ", limited to " + limit + " per part" : ""));
    w.print(CountsTable.format(split));
    Dataset second = split.hasTest() ? split.test() : split.validation();
    writeGrid(split.train(), second, source);
    w.println("Wrote " + out + ": " + COLS * ROWS + " random " + split.train().name() + " and "
        + COLS * ROWS + " random " + second.name() + " digits.");
    w.flush();
    return 0;
  }

  private void writeGrid(Dataset left, Dataset right, Path source) {
    Random random = new Random(seed);
    DigitGrid a = new DigitGrid(left, sample(left, random), COLS, SCALE, left.name() + " (" + left.size() + ")");
    DigitGrid b = new DigitGrid(right, sample(right, random), COLS, SCALE, right.name() + " (" + right.size() + ")");
    int header = 34;
    int width = MARGIN * 3 + a.width() + b.width();
    int height = MARGIN * 2 + header + Math.max(a.height(), b.height());
    PGraphics g = Offscreen.create(width, height);
    g.beginDraw();
    g.background(18);
    g.textFont(Offscreen.font(20));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.fill(255);
    g.text("Random samples from " + source + " (labels in yellow)", MARGIN, MARGIN - 4);
    a.display(g, MARGIN, MARGIN + header);
    b.display(g, MARGIN * 2 + a.width(), MARGIN + header);
    g.endDraw();
    Png.save(g, out);
  }

  /** Up to ROWS * COLS distinct random indices of {@code d}. */
  private static int[] sample(Dataset d, Random random) {
    int n = Math.min(COLS * ROWS, d.size());
    int[] all = new int[d.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    // partial Fisher-Yates: the first n entries become a uniform random sample
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(all.length - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, n);
  }
}
