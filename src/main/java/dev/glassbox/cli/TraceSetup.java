package dev.glassbox.cli;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
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

  /** The default model file, {@code <home>/data/models/default.safetensors}. */
  static Path defaultModel() {
    return CommonOptions.dataDir().resolve("models").resolve("default.safetensors");
  }

  /** A traced test image plus where its parts came from. */
  record Traced(Trace trace, String imageSource, String modelNote) {}

  /**
   * @param model the model file, or null for the default (untrained network if that is missing)
   * @param data the data folder, or null for the bundled data
   * @param eta the learning rate, or null for the model's (else {@value #DEFAULT_ETA})
   * @param notes receives one-line notes (e.g. "untrained network")
   */
  static Traced load(Path model, Path data, int image, Double eta, TestImages images, PrintWriter notes)
      throws IOException {
    Loaded m = loadNetwork(model, notes);
    Network net = m.network();
    TestImages.Image img = images.load(data != null ? data : CommonOptions.dataDir(), image);
    if (img.pixels().length != net.size(0)) {
      throw new IllegalArgumentException("the image has " + img.pixels().length
          + " pixels but the network expects " + net.size(0) + " inputs");
    }
    Inputs in = Inputs.fromPixels(img.pixels(), 1, img.pixels().length, new byte[] {(byte) img.label()});
    Trace t = Trace.record(net, in, 0, m.eta(eta), m.lambda(), m.momentum(), m.n());
    return new Traced(t.withSampleIndex(img.index()), img.source(), m.note());
  }

  /** A network with the training settings its file recorded and a note of where it came from. */
  record Loaded(Network network, Map<String, String> meta, String note) {
    /** The learning rate: the one given, else the model's, else {@value TraceSetup#DEFAULT_ETA}. */
    double eta(Double given) {
      return given != null ? given : number(meta, "eta", DEFAULT_ETA);
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
    Path m = model != null ? model : defaultModel();
    if (model == null && !Files.exists(m)) {
      Network net = new Network(new int[] {784, 30, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
      Init.GAUSSIAN.apply(net, 1);
      notes.println("note: no model at " + m + "; using an untrained 784,30,10 network (seed 1)");
      return new Loaded(net, Map.of(), "untrained 784,30,10 network (seed 1): no model at " + m);
    }
    ModelFile.Model loaded = ModelFile.load(m);
    return new Loaded(loaded.network(), loaded.metadata(), m.toString());
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
