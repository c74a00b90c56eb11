package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Inputs;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Stepper;
import dev.glassbox.training.History;
import dev.glassbox.training.LayerSpeeds;
import dev.glassbox.tutorial.DataValues;
import dev.glassbox.tutorial.Experiment;
import dev.glassbox.tutorial.FrontierRuns;
import dev.glassbox.tutorial.FrontierStory;
import dev.glassbox.tutorial.FrontierValues;
import dev.glassbox.tutorial.RunRecord;
import dev.glassbox.tutorial.SpeedValues;
import dev.glassbox.tutorial.StepperValues;
import dev.glassbox.tutorial.Template;
import dev.glassbox.tutorial.TraceNumbers;
import dev.glassbox.tutorial.TrainingValues;
import dev.glassbox.tutorial.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the tutorials: fills the hand-written templates in {@code src/main/resources/tutorials/}
 * with numbers from the running program (the default model, its history, a trace of one test
 * image, the stepper's steps, two short training comparisons) and draws their pictures.
 */
final class Tutorials {
  /** The tutorials, in reading order (each a template {@code /tutorials/NAME.md}). */
  static final List<String> NAMES =
      List.of("README", "01-data", "02-forward", "03-backprop", "04-training", "05-vanishing-gradient",
          "06-one-image-in-words", "07-from-95-to-99");
  /** The test image of tutorials 1-3: one the default model gets right, but not by much. */
  static final int IMAGE = 44;
  /** Images per part for the short training comparisons. */
  static final int LIMIT = 1000;
  static final int OVERFIT_EPOCHS = 30;
  static final int RATE_EPOCHS = 10;
  static final double LAMBDA = 5.0;
  static final double[] RATES = {0.3, 3.0, 30.0};
  /** Images per part for the vanishing-gradient runs (tutorial 5), and their epochs. */
  static final int DEEP_LIMIT = 10000;
  static final int DEEP_EPOCHS = 10;
  /** Epochs of tutorial 7's dropout comparison (on {@link #LIMIT} images), and its P. */
  static final int DROPOUT_EPOCHS = 30;
  static final double DROPOUT = 0.5;
  /** Training images whose distortions tutorial 7 shows. */
  static final int[] DISTORTED = {0, 1, 2, 7};

  private Tutorials() {}

  /** What was written. */
  record Written(List<Path> markdown, List<Path> pictures) {}

  /**
   * Writes every tutorial into {@code out} and its pictures into {@code out/images}.
   *
   * @param progress receives one line per stage (the command prints it)
   */
  static Written generate(Path out, PrintWriter progress) throws IOException {
    Path modelPath = ModelOptions.defaultModel();
    Path historyPath = modelPath.resolveSibling("default.history.csv");
    if (!Files.exists(modelPath) || !Files.exists(historyPath)) {
      throw new IllegalArgumentException("the tutorials need the default model and its history: "
          + modelPath + " and " + historyPath);
    }
    progress.println("tracing test image " + IMAGE + " through " + CommonOptions.display(modelPath));
    progress.flush();
    MnistSplit split = DataLoader.load(CommonOptions.dataDir());
    TraceSetup.Loaded model = TraceSetup.loadNetwork(modelPath, progress);
    Trace trace = trace(model, split.test(), IMAGE);
    if (trace.predicted() != trace.label()) {
      throw new IllegalStateException("tutorial 2 says the model gets test image " + IMAGE
          + " right, but it predicts " + trace.predicted() + " for a " + trace.label() + ": pick another image");
    }
    // tutorial 6: the default example, an image the network is unsure of, in lesson mode's words
    int lessonImage = dev.glassbox.trace.DefaultExample.pick(model.network(), split.test()).index();
    Trace lessonTrace = trace(model, split.test(), lessonImage);
    History history = History.read(historyPath);
    progress.println("training the comparisons on " + LIMIT + " images (a few seconds)");
    progress.flush();
    MnistSplit small = split.limit(LIMIT);
    List<Experiment> l2 = List.of(
        Experiment.run("λ = 0", Experiment.overfitting(0, OVERFIT_EPOCHS), small),
        Experiment.run("λ = " + fmt(LAMBDA), Experiment.overfitting(LAMBDA, OVERFIT_EPOCHS), small));
    List<Experiment> rates = new ArrayList<>();
    for (double eta : RATES) {
      rates.add(Experiment.run("η = " + fmt(eta), Experiment.rate(eta, RATE_EPOCHS), small));
    }
    List<Experiment> all = new ArrayList<>(l2);
    all.addAll(rates);
    progress.println("training a deep sigmoid and a deep ReLU network on " + DEEP_LIMIT + " images (seconds)");
    progress.flush();
    MnistSplit deepSplit = split.limit(DEEP_LIMIT);
    List<Experiment> deep = List.of(
        Experiment.run("sigmoid", Experiment.deep(Activation.SIGMOID, DEEP_EPOCHS), deepSplit),
        Experiment.run("ReLU", Experiment.deep(Activation.RELU, DEEP_EPOCHS), deepSplit));
    checkVanishing(deep);
    progress.println("reading the recorded runs in " + FrontierRuns.FOLDER + " and training a dropout comparison");
    progress.flush();
    List<RunRecord> frontier = FrontierRuns.load(CommonOptions.home());
    List<Experiment> dropout = List.of(
        Experiment.run("no dropout", Experiment.dropout(0, DROPOUT_EPOCHS), small),
        Experiment.run("dropout " + fmt(DROPOUT), Experiment.dropout(DROPOUT, DROPOUT_EPOCHS), small));
    all.addAll(dropout);
    FrontierStory.check(frontier, dropout);

    Values values = new TraceNumbers(trace)
        .or(new StepperValues(trace))
        .or(new DataValues(split, IMAGE))
        .or(new TrainingValues(history, all, small.train().size()))
        .or(new SpeedValues(deep, deepSplit.train().size()))
        .or(new FrontierValues(frontier, split.test().size(), split.validation().size()))
        .or(key -> key.equals("model") ? CommonOptions.display(modelPath) : null)
        .or(key -> key.equals("lessonImage") ? Integer.toString(lessonImage) : null)
        .or(key -> key.equals("lesson") ? lesson(lessonTrace) : null)
        .or(key -> key.equals("limit") ? Integer.toString(LIMIT) : null)
        .or(key -> key.equals("history") ? CommonOptions.display(historyPath) : null);

    Files.createDirectories(out.resolve("images"));
    List<Path> md = new ArrayList<>();
    for (String name : NAMES) {
      Path f = out.resolve(name + ".md");
      byte[] text = Template.fill(name + ".md", template(name), values).getBytes(StandardCharsets.UTF_8);
      dev.glassbox.io.AtomicFile.write(f, o -> o.write(text));
      md.add(f);
    }
    progress.println("drawing the pictures");
    progress.flush();
    TutorialPictures p = new TutorialPictures(out.resolve("images"));
    pictures(p, trace, split.test(), history, l2, rates, values, CommonOptions.display(modelPath));
    p.speeds("05-speeds.png", deep);
    p.experiments("05-accuracy.png", "Validation accuracy of 784,30,30,30,30,10 with sigmoid and with ReLU hidden"
        + " neurons (" + DEEP_LIMIT + " training images)", deep, false);
    frontierPictures(p, frontier, dropout, split.train());
    return new Written(md, p.written());
  }

  // tutorial 5 tells of these runs: stop if they no longer show what it says
  private static void checkVanishing(List<Experiment> deep) {
    LayerSpeeds sigmoid = deep.get(0).history().rows().get(0).speeds();
    LayerSpeeds relu = deep.get(1).history().rows().get(0).speeds();
    for (int l = 1; l < sigmoid.layers(); l++) {
      if (!(sigmoid.of(l) < sigmoid.of(l + 1))) {
        throw new IllegalStateException("tutorial 5 says each layer of the sigmoid network learns slower than the"
            + " next in epoch 1, but " + sigmoid + ": rewrite it");
      }
    }
    var rows = deep.get(0).history().rows();
    int above = -1;
    for (var r : rows) {
      if (above < 0 && r.validationAccuracy() >= 0.5) {
        above = r.epoch();
      }
    }
    if (!(rows.get(0).validationAccuracy() < 0.2) || above < 2
        || !(rows.get(above - 1).speeds().of(1) > sigmoid.of(1))) {
      throw new IllegalStateException("tutorial 5 says the sigmoid network is at chance after epoch 1, gets half"
          + " right in a later epoch and its first hidden layer learns faster then; the run says otherwise: rewrite it");
    }
    double spreadSigmoid = sigmoid.of(sigmoid.layers()) / sigmoid.of(1);
    double spreadRelu = relu.of(relu.layers()) / relu.of(1);
    double slowest = Double.POSITIVE_INFINITY;
    double fastest = 0;
    for (double v : relu.values()) {
      slowest = Math.min(slowest, v);
      fastest = Math.max(fastest, v);
    }
    if (!(spreadSigmoid > 10 * spreadRelu) || !(fastest < 10 * slowest)) {
      throw new IllegalStateException("tutorial 5 says ReLU narrows the gap between the layers' speeds, but"
          + " sigmoid " + sigmoid + ", ReLU " + relu + ": rewrite it");
    }
  }

  private static void pictures(TutorialPictures p, Trace trace, Dataset test, History history,
      List<Experiment> l2, List<Experiment> rates, Values v, String modelNote) {
    int y = trace.label();
    int hidden = Integer.parseInt(v.get("pick:hidden"));
    int hidden2 = Integer.parseInt(v.get("pick:hidden2"));
    int[] first = new int[20];
    for (int i = 0; i < first.length; i++) {
      first[i] = i;
    }
    p.digits("01-test-digits.png", test, first, 10, 3, "test images 0-19, label in the corner");
    p.digits("01-digit.png", test, new int[] {IMAGE}, 1, 10, "test image " + IMAGE);
    p.stepper("02-z2.png", trace, modelNote, step(v, "at:z:2"), 1, hidden2, false);
    p.stepper("02-a3.png", trace, modelNote, step(v, "at:a:3"), 2, y, false);
    p.stepper("03-bp1.png", trace, modelNote, step(v, "at:d:3"), 2, y, false);
    p.stepper("03-bp2.png", trace, modelNote, step(v, "at:d:2"), 1, hidden, false);
    p.stepper("03-update.png", trace, modelNote, step(v, "steps"), 1, hidden, true);
    p.history("04-history.png", history);
    p.experiments("04-overfitting.png", "Accuracy on the " + LIMIT + " training images and on "
        + LIMIT + " validation images, without and with L2", l2, true);
    p.experiments("04-rates.png", "Validation accuracy for three learning rates (" + LIMIT
        + " training images)", rates, false);
  }

  private static void frontierPictures(TutorialPictures p, List<RunRecord> runs, List<Experiment> dropout,
      Dataset train) {
    java.util.function.Function<String, RunRecord> r = name -> runs.stream()
        .filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    p.runs("07-ladder.png", "Validation accuracy per epoch, from chapter 1 to the best run",
        List.of(r.apply("default"), r.apply("ch3"), r.apply("ch3-100"), r.apply("relu"), r.apply("best")), false);
    p.runs("07-schedule.png", "784,800,10 for 12 epochs: constant η, η halved on a plateau, and dropout",
        List.of(r.apply("relu"), r.apply("plateau"), r.apply("dropout")), true);
    p.experiments("07-dropout.png", "784,100,10 on " + LIMIT + " training images, without and with dropout:"
        + " accuracy on them and on validation images", dropout, true);
    p.runs("07-augment.png", "784,800,10, the same long schedule: no distortions, affine, elastic",
        List.of(r.apply("plain"), r.apply("affine"), r.apply("best")), true);
    p.validationAndTest("07-best.png", "The best run: validation and test accuracy per epoch", r.apply("best"));
    p.augment("07-affine.png", train, dev.glassbox.data.Augment.AFFINE, dev.glassbox.training.TrainingConfig.DEFAULT_SEED,
        DISTORTED);
    p.augment("07-elastic.png", train, dev.glassbox.data.Augment.ELASTIC,
        dev.glassbox.training.TrainingConfig.DEFAULT_SEED, DISTORTED);
  }

  private static int step(Values v, String key) {
    return Integer.parseInt(v.get(key));
  }

  /** Test image {@code index} traced through the model with the model's own η, λ and n. */
  // every step of the pass as the terminal's lesson shows it: equation, numbers, why
  private static String lesson(Trace t) {
    Stepper st = new Stepper(t, Granularity.PER_LAYER);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < st.size(); i++) {
      sb.append(TextStepper.render(st, i, true)).append('\n');
    }
    return sb.toString().strip();
  }

  static Trace trace(TraceSetup.Loaded model, Dataset test, int index) {
    byte[] px = new byte[Dataset.PIXELS];
    test.copyImageBytes(index, px, 0);
    Inputs in = Inputs.fromPixels(px, 1, Dataset.PIXELS, new byte[] {(byte) test.label(index)});
    return Trace.record(model.network(), in, 0, model.eta(null), model.lambda(), model.momentum(), model.n())
        .withSampleIndex(index);
  }

  private static String template(String name) throws IOException {
    try (InputStream in = Tutorials.class.getResourceAsStream("/tutorials/" + name + ".md")) {
      if (in == null) {
        throw new IllegalStateException("no template /tutorials/" + name + ".md on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String fmt(double v) {
    return dev.glassbox.trace.explain.Num.format(v);
  }
}
