package dev.glassbox.trace;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Trace} as JSON (format "glassbox-trace", version {@value #VERSION}); the layout is
 * documented in docs/formats.md. Matrices are nested arrays in the book's (out, in) order,
 * {@code m[j][k]} = entry for neuron j of the layer and neuron k of the layer before, so
 * {@code numpy.array(m)} has shape (out, in). Numbers are written with Java's shortest round-trip
 * representation, so reading them back gives the same doubles.
 */
public final class TraceExport {
  /** Format version; bump it when a field changes meaning. */
  public static final int VERSION = 1;

  private TraceExport() {}

  /**
   * Writes {@code t} to {@code out} (not closed).
   *
   * @param source where the sample came from (e.g. "data/t10k-images-idx3-ubyte.gz"), or null
   */
  public static void writeJson(Trace t, String source, Writer out) throws IOException {
    writeJson(t, null, source, out);
  }

  /**
   * Writes {@code t} to {@code out} (not closed), with the mini-batch {@code batch} (null for none)
   * as the field {@code batch} ({@link BatchExport}).
   *
   * @param source where the sample came from (e.g. "data/t10k-images-idx3-ubyte.gz"), or null
   */
  public static void writeJson(Trace t, MiniBatch batch, String source, Writer out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.setIndent(" ");
    w.beginObject();
    w.name("format").value("glassbox-trace");
    w.name("version").value(VERSION);
    w.name("layerNumbering").value("code: 0 = input; the book's layer = layer + 1");
    network(w, t);
    w.name("sample").beginObject();
    w.name("index").value(t.sampleIndex);
    if (source != null) {
      w.name("source").value(source);
    }
    w.name("label").value(t.label);
    w.name("x");
    vector(w, t.a[0]);
    w.endObject();
    w.name("cost").value(t.cost);
    w.name("prediction").value(t.predicted);
    w.name("output");
    vector(w, t.a[t.outputLayer()]);
    // did it help? the same x forward again through the updated weights
    w.name("costAfter").value(t.costAfter);
    w.name("predictionAfter").value(t.predictedAfter);
    w.name("outputAfter");
    vector(w, t.outputAfter);
    w.name("eta").value(t.eta());
    w.name("lambda").value(t.lambda());
    w.name("momentum").value(t.momentum());
    w.name("n").value(t.trainingSetSize());
    w.name("dropout").value(t.dropoutP());
    w.name("layers").beginArray();
    for (int l = 1; l < t.layers(); l++) {
      layer(w, t, l);
    }
    w.endArray();
    if (batch != null) {
      BatchExport.write(w, batch);
    }
    w.endObject();
    w.flush();
  }

  private static void network(JsonWriter w, Trace t) throws IOException {
    w.name("network").beginObject();
    // short arrays on one line
    w.setIndent("");
    w.name("sizes").beginArray();
    for (int s : t.sizes) {
      w.value(s);
    }
    w.endArray();
    w.name("activations").beginArray();
    for (int l = 1; l < t.layers(); l++) {
      w.value(t.activation[l].id());
    }
    w.endArray();
    w.setIndent(" ");
    w.name("cost").value(t.costFunction.id());
    w.endObject();
  }

  private static void layer(JsonWriter w, Trace t, int l) throws IOException {
    int in = t.sizes[l - 1];
    int out = t.sizes[l];
    beginLayer(w, l);
    w.name("size").value(out);
    w.name("activation").value(t.activation[l].id());
    w.name("z");
    vector(w, t.z[l]);
    w.name("a");
    vector(w, t.a[l]);
    w.name("delta");
    vector(w, t.delta[l]);
    if (t.mask[l] != null) {
      // the dropout mask of this hidden layer: 0 dropped, 1/(1-P) kept (a = σ(z) · mask)
      w.name("mask");
      vector(w, t.mask[l]);
    }
    w.name("nablaB");
    vector(w, t.nablaB[l]);
    w.name("nablaW");
    matrix(w, t.nablaW[l], in, out);
    w.name("weightsBefore");
    matrix(w, weights(t.before, l), in, out);
    w.name("biasesBefore");
    vector(w, biases(t.before, l));
    w.name("weightsAfter");
    matrix(w, weights(t.after, l), in, out);
    w.name("biasesAfter");
    vector(w, biases(t.after, l));
    w.endObject();
  }

  /** w^l of a network in the network's layout [k * out + j]. */
  static double[] weights(dev.glassbox.network.Network net, int l) {
    int in = net.size(l - 1);
    int out = net.size(l);
    double[] m = new double[in * out];
    for (int k = 0; k < in; k++) {
      for (int j = 0; j < out; j++) {
        m[k * out + j] = net.weight(l, j, k);
      }
    }
    return m;
  }

  static double[] biases(dev.glassbox.network.Network net, int l) {
    double[] b = new double[net.size(l)];
    for (int j = 0; j < b.length; j++) {
      b[j] = net.bias(l, j);
    }
    return b;
  }

  /** Opens layer l's object with its index in both numberings: the code's l and the book's l + 1. */
  static void beginLayer(JsonWriter w, int l) throws IOException {
    w.beginObject();
    w.name("layer").value(l);
    w.name("bookLayer").value(l + 1);
  }

  static void vector(JsonWriter w, double[] v) throws IOException {
    w.setIndent("");
    w.beginArray();
    for (double d : v) {
      w.value(d);
    }
    w.endArray();
    w.setIndent(" ");
  }

  // network layout [k * out + j] written as rows j of the book's matrix
  static void matrix(JsonWriter w, double[] m, int in, int out) throws IOException {
    w.setIndent("");
    w.beginArray();
    for (int j = 0; j < out; j++) {
      w.beginArray();
      for (int k = 0; k < in; k++) {
        w.value(m[k * out + j]);
      }
      w.endArray();
    }
    w.endArray();
    w.setIndent(" ");
  }
}
