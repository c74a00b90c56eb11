package dev.glassbox.cli;

import dev.glassbox.data.Dataset;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.trace.DefaultExample;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.StepSettings;
import dev.glassbox.trace.Trace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Shared by {@code step} and {@code trace}: loads the model (or an untrained 784,30,10 network when
 * there is none), takes a test image and records its trace.
 */
final class TraceSetup {
  /** Nielsen's network.py learning rate, used when the model does not say. */
  static final double DEFAULT_ETA = 3.0;

  private TraceSetup() {}

  /**
   * A traced test image plus where its parts came from; {@code example} is the default example's
   * pick when no image was asked for, else null.
   */
  record Traced(Trace trace, String imageSource, String modelNote, DefaultExample.Pick example) {
    /** "test image 8 · label 5", plus the rule that chose it for the default example. */
    String title() {
      String t = "test image " + trace.sampleIndex() + " · label " + trace.label();
      return example == null ? t : t + " · " + example.reason().text();
    }
  }

  /**
   * @param model the model file, or null for the default (untrained network if that is missing)
   * @param data the data folder, or null for the bundled data
   * @param image the test image, or null for the {@link DefaultExample}
   * @param eta the learning rate, or null for the model's (else {@value #DEFAULT_ETA})
   * @param notes receives one-line notes (e.g. "untrained network")
   */
  static Traced load(Path model, Path data, Integer image, Double eta, TestImages images, PrintWriter notes)
      throws IOException {
    return load(model, data, image, eta, 0.0, images, notes);
  }

  /**
   * {@link #load(Path, Path, Integer, Double, TestImages, PrintWriter)} as a training step with
   * dropout P ({@code dropout}; null: the model's own, else none): the image takes the mask training
   * row {@code image} gets in epoch 1 with the model's seed.
   */
  static Traced load(Path model, Path data, Integer image, Double eta, Double dropout, TestImages images,
      PrintWriter notes) throws IOException {
    Loaded m = loadNetwork(model, notes);
    Network net = m.network();
    Path dir = CommonOptions.dataOr(data);
    if (net.size(0) != Dataset.PIXELS) {
      throw new IllegalArgumentException("the images have " + Dataset.PIXELS
          + " pixels but the network expects " + net.size(0) + " inputs");
    }
    DefaultExample.Pick pick = image == null ? DefaultExample.pick(net, images.testSet(dir)) : null;
    TestImages.Image img = images.load(dir, image != null ? image : pick.index());
    Inputs in = Inputs.fromPixels(img.pixels(), 1, img.pixels().length, new byte[] {(byte) img.label()});
    Dropout d = m.dropout(dropout);
    Trace t = Trace.record(net, in, 0, new StepSettings(m.eta(eta), m.lambda(), m.momentum(), m.n()),
        d == null ? null : d.asRow(img.index()));
    return new Traced(t.withSampleIndex(img.index()), img.source(), m.note(), pick);
  }

  /**
   * The mini-batch of the {@code m} test images from the traced one on (it is the batch's first), through
   * the traced network with its η, λ, μ and n ({@link MiniBatch}).
   */
  static MiniBatch batch(Traced traced, Path data, int m, TestImages images) throws IOException {
    Path dir = CommonOptions.dataOr(data);
    int first = traced.trace().sampleIndex();
    int size = images.testSet(dir).size();
    if (first + m > size) {
      throw new IllegalArgumentException("a batch of " + m + " test images from image " + first
          + " runs past the last test image (" + (size - 1) + ")");
    }
    byte[] px = new byte[m * Dataset.PIXELS];
    byte[] labels = new byte[m];
    int[] rows = new int[m];
    int[] indices = new int[m];
    for (int s = 0; s < m; s++) {
      TestImages.Image img = images.load(dir, first + s);
      System.arraycopy(img.pixels(), 0, px, s * Dataset.PIXELS, Dataset.PIXELS);
      labels[s] = (byte) img.label();
      rows[s] = s;
      indices[s] = img.index();
    }
    Trace t = traced.trace();
    Inputs in = Inputs.fromPixels(px, m, Dataset.PIXELS, labels);
    // the traced image's dropout: row s stands for image first + s, so each takes that row's mask
    return MiniBatch.record(t.networkBefore(), in, rows, t.step(), t.dropout()).withSampleIndices(indices);
  }

  /** A network with the training settings its file recorded and a note of where it came from. */
  record Loaded(Network network, Map<String, String> meta, String note) {
    /** The learning rate: the one given, else the model's, else {@value TraceSetup#DEFAULT_ETA}. */
    double eta(Double given) {
      return given != null ? given : number(meta, "eta", DEFAULT_ETA);
    }

    /**
     * The dropout of the traced step, epoch 1 with the model's seed: P the one given, else the
     * model's; null when P is 0.
     */
    Dropout dropout(Double given) {
      double p = given != null ? given : number(meta, "dropout", 0);
      if (!(p >= 0 && p < 1)) {
        throw new IllegalArgumentException("--dropout must be in [0, 1), got " + p);
      }
      return Dropout.of(p, seed(), 1);
    }

    long seed() {
      return (long) number(meta, "seed", TrainingConfig.DEFAULT_SEED);
    }

    double lambda() {
      return number(meta, "lambda", 0);
    }

    double momentum() {
      return number(meta, "momentum", 0);
    }

    int n() {
      return (int) number(meta, "n", 50000);
    }
  }

  /**
   * Loads {@code model}, or the default model, or (when the default is missing) an untrained
   * 784,30,10 network, saying so on {@code notes}.
   */
  static Loaded loadNetwork(Path model, PrintWriter notes) throws IOException {
    Path m = model != null ? model : ModelOptions.defaultModel();
    if (model == null && !Files.exists(m)) {
      Network net = new Network(new int[] {784, 30, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
      Init.GAUSSIAN.apply(net, 1);
      notes.println("note: no model at " + m + "; using an untrained 784,30,10 network (seed 1)");
      return new Loaded(net, Map.of(), "untrained 784,30,10 network (seed 1): no model at " + m);
    }
    ModelFile.Model loaded = ModelFile.load(m);
    if (loaded.note() != null) {
      notes.println("note: " + loaded.note());
    }
    return new Loaded(loaded.network(), loaded.metadata(), CommonOptions.display(m));
  }

  private static double number(Map<String, String> meta, String key, double fallback) {
    String v = meta.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
