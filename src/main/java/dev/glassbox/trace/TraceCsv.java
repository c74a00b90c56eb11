package dev.glassbox.trace;

import dev.glassbox.io.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Trace} as one CSV file per quantity and layer, named with the book's layer number
 * ({@code layer1_a.csv} is the input x, {@code layer2_z.csv}, {@code layer2_nablaW.csv}, ...), plus
 * {@code summary.csv}; with dropout also {@code layerN_mask.csv} per hidden layer. Vectors have columns {@code j,value}; matrices one row per neuron j with
 * columns {@code j,k0,k1,...} (the book's (out, in) order). See docs/formats.md.
 */
public final class TraceCsv {
  private TraceCsv() {}

  /**
   * Writes every file into {@code dir} (created if missing), complete or not at all (see
   * {@link AtomicFile#writeFolder}), and returns their paths in order, the manifest last.
   */
  public static List<Path> write(Trace t, Path dir) throws IOException {
    Files files = new Files();
    files.add("summary.csv", summary(t));
    files.add("layer1_a.csv", vector("a", t.a[0]));
    for (int l = 1; l < t.layers(); l++) {
      String p = "layer" + (l + 1) + "_";
      int in = t.sizes[l - 1];
      int out = t.sizes[l];
      files.add(p + "z.csv", vector("z", t.z[l]));
      files.add(p + "a.csv", vector("a", t.a[l]));
      files.add(p + "delta.csv", vector("delta", t.delta[l]));
      if (t.mask[l] != null) {
        files.add(p + "mask.csv", vector("mask", t.mask[l]));
      }
      files.add(p + "nablaB.csv", vector("nablaB", t.nablaB[l]));
      files.add(p + "nablaW.csv", matrix(t.nablaW[l], in, out));
      files.add(p + "w_before.csv", matrix(TraceExport.weights(t.before, l), in, out));
      files.add(p + "b_before.csv", vector("b", TraceExport.biases(t.before, l)));
      files.add(p + "w_after.csv", matrix(TraceExport.weights(t.after, l), in, out));
      files.add(p + "b_after.csv", vector("b", TraceExport.biases(t.after, l)));
    }
    return AtomicFile.writeFolder(dir, files.names, files.bodies);
  }

  /** The names and contents of a folder of CSV files, in order. */
  static final class Files {
    final List<String> names = new ArrayList<>();
    final List<AtomicFile.Body> bodies = new ArrayList<>();

    void add(String name, AtomicFile.Body body) {
      names.add(name);
      bodies.add(body);
    }
  }

  private static AtomicFile.Body summary(Trace t) {
    return out -> {
      try (CSVPrinter p = printer(out, "key", "value")) {
        p.printRecord("format", "glassbox-trace-csv");
        p.printRecord("version", TraceExport.VERSION);
        p.printRecord("sizes", String.join(",", sizesAsStrings(t)));
        p.printRecord("cost_function", t.costFunction.id());
        for (int l = 1; l < t.layers(); l++) {
          p.printRecord("activation_layer" + (l + 1), t.activation[l].id());
        }
        p.printRecord("sample_index", t.sampleIndex);
        p.printRecord("label", t.label);
        p.printRecord("prediction", t.predicted);
        p.printRecord("cost", t.cost);
        p.printRecord("cost_after", t.costAfter);
        p.printRecord("prediction_after", t.predictedAfter);
        p.printRecord("eta", t.eta());
        p.printRecord("lambda", t.lambda());
        p.printRecord("momentum", t.momentum());
        p.printRecord("n", t.trainingSetSize());
        p.printRecord("dropout", t.dropoutP());
      }
    };
  }

  private static List<String> sizesAsStrings(Trace t) {
    List<String> s = new ArrayList<>();
    for (int n : t.sizes) {
      s.add(Integer.toString(n));
    }
    return s;
  }

  /** One value per row: {@code j,<name>}. */
  static AtomicFile.Body vector(String name, double[] v) {
    return out -> {
      try (CSVPrinter p = printer(out, "j", name)) {
        for (int j = 0; j < v.length; j++) {
          p.printRecord(j, v[j]);
        }
      }
    };
  }

  /** A weight-shaped matrix in the book's order: row j, columns k0..k(in-1); m in the network's layout. */
  static AtomicFile.Body matrix(double[] m, int in, int out) {
    return stream -> {
      String[] header = new String[in + 1];
      header[0] = "j";
      for (int k = 0; k < in; k++) {
        header[k + 1] = "k" + k;
      }
      try (CSVPrinter p = printer(stream, header)) {
        List<Object> row = new ArrayList<>(in + 1);
        for (int j = 0; j < out; j++) {
          row.clear();
          row.add(j);
          for (int k = 0; k < in; k++) {
            row.add(m[k * out + j]);
          }
          p.printRecord(row);
        }
      }
    };
  }

  // the writer is closed with the printer; AtomicFile's stream ignores a close from a body's writer
  private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
  }
}
