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
    Network net;
    Map<String, String> meta = Map.of();
    String modelNote;
    Path m = model != null ? model : defaultModel();
    if (model == null && !Files.exists(m)) {
      net = new Network(new int[] {784, 30, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
      Init.GAUSSIAN.apply(net, 1);
      modelNote = "untrained 784,30,10 network (seed 1): no model at " + m;
      notes.println("note: no model at " + m + "; using an untrained 784,30,10 network (seed 1)");
    } else {
      ModelFile.Model loaded = ModelFile.load(m);
      net = loaded.network();
      meta = loaded.metadata();
      modelNote = m.toString();
    }
    TestImages.Image img = images.load(data != null ? data : CommonOptions.dataDir(), image);
    if (img.pixels().length != net.size(0)) {
      throw new IllegalArgumentException("the image has " + img.pixels().length
          + " pixels but the network expects " + net.size(0) + " inputs");
    }
    Inputs in = Inputs.fromPixels(img.pixels(), 1, img.pixels().length, new byte[] {(byte) img.label()});
    double e = eta != null ? eta : number(meta, "eta", DEFAULT_ETA);
    double lambda = number(meta, "lambda", 0);
    double momentum = number(meta, "momentum", 0);
    int n = (int) number(meta, "n", 50000);
    Trace t = Trace.record(net, in, 0, e, lambda, momentum, n);
    return new Traced(t.withSampleIndex(img.index()), img.source(), modelNote);
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
