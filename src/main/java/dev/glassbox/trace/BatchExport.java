package dev.glassbox.trace;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Writes a {@link MiniBatch} as the {@code batch} field of a trace's JSON (docs/formats.md): each
 * sample's own gradients, the batch's sums as the trainer computes them, their means, and the
 * parameters after the batch's SGD step. Matrices in the book's (out, in) order, as
 * {@link TraceExport} writes them.
 */
final class BatchExport {
  private BatchExport() {}

  static void write(JsonWriter w, MiniBatch b) throws IOException {
    int m = b.size();
    w.name("batch").beginObject();
    w.name("m").value(m);
    w.name("order").value("samples in batch order; every sum adds the samples in this order, starting from 0");
    w.name("eta").value(b.eta());
    w.name("etaOverM").value(b.etaOverM());
    w.name("lambda").value(b.lambda());
    w.name("momentum").value(b.momentum());
    w.name("n").value(b.trainingSetSize());
    w.name("meanCost").value(b.meanCost());
    w.name("samples").beginArray();
    for (int s = 0; s < m; s++) {
      Trace t = b.sample(s);
      w.beginObject();
      w.name("index").value(t.sampleIndex());
      w.name("label").value(t.label());
      w.name("prediction").value(t.predicted());
      w.name("cost").value(t.cost());
      w.name("layers").beginArray();
      for (int l = 1; l < t.layers(); l++) {
        TraceExport.beginLayer(w, l);
        w.name("nablaB");
        TraceExport.vector(w, t.nablaB[l]);
        w.name("nablaW");
        TraceExport.matrix(w, t.nablaW[l], t.sizes[l - 1], t.sizes[l]);
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    w.name("layers").beginArray();
    for (int l = 1; l < b.layers(); l++) {
      int in = b.sizes[l - 1];
      int out = b.sizes[l];
      TraceExport.beginLayer(w, l);
      w.name("nablaBSum");
      TraceExport.vector(w, b.sumB[l]);
      w.name("nablaBMean");
      TraceExport.vector(w, b.nablaBMean(l));
      w.name("nablaWSum");
      TraceExport.matrix(w, b.sumW[l], in, out);
      w.name("nablaWMean");
      TraceExport.matrix(w, b.nablaWMean(l), in, out);
      w.name("weightsAfter");
      TraceExport.matrix(w, TraceExport.weights(b.after, l), in, out);
      w.name("biasesAfter");
      TraceExport.vector(w, TraceExport.biases(b.after, l));
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }
}
