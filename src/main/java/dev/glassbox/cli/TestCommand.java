package dev.glassbox.cli;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.Evaluation;
import dev.glassbox.training.Evaluator;
import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.Team;
import dev.glassbox.training.TrainingConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox test}: how a saved model does on the test set: "N of 10000 wrong", accuracy,
 * per-digit error rates, the confusion matrix (printed and as a PNG heatmap) and a PNG gallery of
 * the misclassified digits.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    header = "How a saved model does: N of 10000 wrong, per-digit errors, confusion PNGs.",
    description = "Evaluate a saved model on the test set: how many of the test images it gets"
        + " wrong, the error rate of each digit, the confusion matrix (printed, and as a PNG"
        + " heatmap), and a PNG of the misclassified digits labelled true -> predicted.")
final class TestCommand extends Subcommand {
  @Mixin DataOptions dataOptions;
  @Mixin ModelOptions modelOptions;

  @Option(names = "--set", defaultValue = "test", paramLabel = "SET",
      completionCandidates = Choices.Parts.class, converter = Choices.ToPart.class,
      description = "Which part to evaluate: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  MnistSplit.Part set;

  @Option(names = "--confusion", defaultValue = CommonOptions.OUT + "confusion.png", paramLabel = "PNG",
      description = "Confusion-matrix heatmap to write (default: ${DEFAULT-VALUE}).")
  Path confusionPng;

  @Option(names = "--misclassified", defaultValue = CommonOptions.OUT + "misclassified.png", paramLabel = "PNG",
      description = "Gallery of misclassified digits to write (default: ${DEFAULT-VALUE}).")
  Path misclassifiedPng;

  @Option(names = "--no-png", description = "Print the report only.")
  boolean noPng;

  @Override
  public Integer call() {
    PrintWriter out = out();
    ModelFile.Model model = modelOptions.load();
    Network net = model.network();
    MnistSplit split = dataOptions.load();
    Dataset data = set.of(split);
    if (data == null) {
      throw new IllegalArgumentException(dataOptions.path() + " has no labelled " + set.id() + " set");
    }
    if (net.size(0) != Dataset.PIXELS) {
      throw new IllegalArgumentException(modelOptions.path() + " expects " + net.size(0)
          + " inputs, but images have " + Dataset.PIXELS + " pixels");
    }
    Evaluation e;
    try (Team team = new Team(TrainingConfig.defaultThreads())) {
      e = new Evaluator(team).evaluate(net, Datasets.inputs(data));
    }
    out.println("Model: " + CommonOptions.display(modelOptions.path()) + " (" + net.sizesString() + ", "
        + net.activation(1).id() + (net.layers() > 2 ? " hidden, " + net.outputActivation().id() + " output" : "")
        + ", " + net.cost().id() + " cost)");
    String trained = trainedWith(model.metadata());
    if (!trained.isEmpty()) {
      out.println("Trained with: " + trained);
    }
    out.println("Data: " + CommonOptions.display(dataOptions.path()) + ", " + set.id() + " set (" + data.size() + " images)");
    out.printf(Locale.ROOT, "%d of %d wrong: accuracy %.2f%%, mean cost %.5f%n", e.wrong(), e.total(),
        100 * e.accuracy(), e.meanCost());
    printReport(out, e);
    if (!noPng) {
      ReportPictures.write(data, e, confusionPng, misclassifiedPng);
      out.println("Wrote " + confusionPng + " (confusion heatmap) and " + misclassifiedPng
          + " (" + Math.min(e.wrong(), ReportPictures.GALLERY_MAX) + " misclassified digits).");
    }
    return 0;
  }

  /**
   * The training hyperparameters the model's metadata records, as "eta 3.0, epochs 30, ...": every
   * {@link Hyperparameter} but the architecture, which the "Model:" line already gives.
   */
  static String trainedWith(Map<String, String> meta) {
    StringBuilder sb = new StringBuilder();
    for (Hyperparameter h : Hyperparameter.values()) {
      boolean architecture = switch (h) {
        case LAYERS, ACTIVATION, OUTPUT, COST, INIT -> true;
        case ETA, EPOCHS, BATCH, LAMBDA, MOMENTUM, SEED, SCHEDULE, HALVE_AFTER, PATIENCE, AUGMENT, DROPOUT -> false;
      };
      String v = meta.get(h.id());
      if (!architecture && v != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append(h.id()).append(' ').append(v);
      }
    }
    return sb.toString();
  }

  /** Per-digit error rates and the confusion matrix as text. */
  static void printReport(PrintWriter out, Evaluation e) {
    int[][] c = e.confusion();
    int classes = c.length;
    StringBuilder head = new StringBuilder("digit      ");
    StringBuilder err = new StringBuilder("error rate ");
    for (int d = 0; d < classes; d++) {
      head.append(String.format(Locale.ROOT, "%7d", d));
      double r = e.errorRate(d);
      err.append(Double.isNaN(r) ? "      -" : String.format(Locale.ROOT, "%6.2f%%", 100 * r));
    }
    out.println(head);
    out.println(err);
    out.println();
    out.println("Confusion matrix (rows: true digit, columns: predicted digit)");
    StringBuilder h = new StringBuilder("true\\pred");
    for (int d = 0; d < classes; d++) {
      h.append(String.format(Locale.ROOT, "%6d", d));
    }
    out.println(h);
    for (int t = 0; t < classes; t++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%9d", t));
      for (int p = 0; p < classes; p++) {
        row.append(String.format(Locale.ROOT, "%6d", c[t][p]));
      }
      out.println(row);
    }
  }
}
