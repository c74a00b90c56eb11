package dev.glassbox.cli;

import dev.glassbox.data.DataException;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.ImageFolderReader;
import dev.glassbox.data.MnistPreprocessor;
import dev.glassbox.network.Network;
import dev.glassbox.render.chart.ContactSheet;
import dev.glassbox.render.shared.Png;
import dev.glassbox.training.Prediction;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glassbox predict}: the network's answer for your own pictures of digits. */
@Command(name = "predict", mixinStandardHelpOptions = true,
    header = "Predict your own pictures of digits; top three probabilities and a contact sheet.",
    description =
        "Predict the digit in each PNG/JPEG picture (a file, or every picture in a folder), after"
            + " the same MNIST-style preprocessing as the image-folder loader (grey, dark background,"
            + " cropped, fitted into 20x20, centred by mass in 28x28). Prints the top three"
            + " probabilities (a softmax output as it is; other outputs normalised to sum 1) and writes"
            + " a contact sheet.")
final class PredictCommand extends Subcommand {
  @Mixin ModelOptions model;

  @Parameters(paramLabel = "FILE_OR_DIR", description = "A picture, or a folder of pictures.")
  Path input;

  @Option(names = "--sheet", paramLabel = "PNG", defaultValue = CommonOptions.OUT + "predictions.png",
      description = "Contact sheet to write (default: ${DEFAULT-VALUE}).")
  Path sheet;

  @Override
  public Integer call() {
    List<Path> files = files(input);
    Network net = model.load().network();
    PrintWriter w = out();
    List<ContactSheet.Entry> entries = new ArrayList<>();
    int named = 0;
    int agree = 0;
    boolean normalised = false;
    for (Path f : files) {
      BufferedImage img = MnistPreprocessor.readImage(f);
      byte[] px = new byte[Dataset.PIXELS];
      try {
        MnistPreprocessor.prepare(img, px, 0);
      } catch (DataException e) {
        throw e.file() == null ? e.withFile(f) : e;
      }
      Prediction p = Prediction.ofPixels(net, px);
      normalised = p.normalised();
      String top = top3(p);
      Integer expected = digitInName(f);
      String note = "";
      if (expected != null) {
        named++;
        agree += expected == p.digit() ? 1 : 0;
        note = expected == p.digit() ? "" : "   (file name says " + expected + ")";
      }
      w.printf(Locale.ROOT, "%-28s %d   %s%s%n", f.getFileName(), p.digit(), top, note);
      entries.add(new ContactSheet.Entry(f.getFileName().toString(), img, px, p.digit(), top));
    }
    w.println(normalised
        ? "Probabilities: the sigmoid outputs a^L normalised to sum 1 (the model has no softmax)."
        : "Probabilities: the softmax output a^L.");
    if (named > 0) {
      w.printf(Locale.ROOT, "%d of %d agree with the digit their file name starts with.%n", agree, named);
    }
    ContactSheet view = new ContactSheet(entries, 3,
        "Your digits through " + model.path().getFileName() + " (" + net.sizesString() + ")");
    Png.draw(sheet, view.width(), view.height(), g -> view.display(g, 0, 0));
    w.println("Wrote " + sheet + ".");
    w.flush();
    return 0;
  }

  /** The pictures to read: the file itself, or the pictures in the folder (sorted by name). */
  static List<Path> files(Path input) {
    if (Files.isDirectory(input)) {
      List<Path> files = ImageFolderReader.imagesIn(input);
      if (files.isEmpty()) {
        throw new DataException(input, null, "holds no PNG or JPEG images");
      }
      return files;
    }
    if (!Files.exists(input)) {
      throw new DataException(input, null, "no such file or folder");
    }
    return List.of(input);
  }

  private static String top3(Prediction p) {
    StringBuilder sb = new StringBuilder();
    for (int d : p.top(3)) {
      sb.append(sb.length() == 0 ? "" : "  ")
          .append(String.format(Locale.ROOT, "%d: %.2f", d, p.probabilities()[d]));
    }
    return sb.toString();
  }

  /** The digit a file name starts with ("7_plain.png" -> 7), or null. */
  static Integer digitInName(Path f) {
    String n = f.getFileName().toString();
    return n.length() > 1 && Character.isDigit(n.charAt(0)) && !Character.isDigit(n.charAt(1))
        ? n.charAt(0) - '0' : null;
  }
}
