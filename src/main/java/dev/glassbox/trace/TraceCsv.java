package dev.glassbox.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Trace} as one CSV file per quantity and layer, named with the book's layer number
 * ({@code layer1_a.csv} is the input x, {@code layer2_z.csv}, {@code layer2_nablaW.csv}, ...), plus
 * {@code summary.csv}. Vectors have columns {@code j,value}; matrices one row per neuron j with
 * columns {@code j,k0,k1,...} (the book's (out, in) order). See docs/formats.md.
 */
public final class TraceCsv {
  private TraceCsv() {}

  /** Writes every file into {@code dir} (created if missing) and returns their paths in order. */
  public static List<Path> write(Trace t, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    files.add(summary(t, dir.resolve("summary.csv")));
    files.add(vector(dir.resolve("layer1_a.csv"), "a", t.a[0]));
    for (int l = 1; l < t.layers(); l++) {
      String p = "layer" + (l + 1) + "_";
      int in = t.sizes[l - 1];
      int out = t.sizes[l];
      files.add(vector(dir.resolve(p + "z.csv"), "z", t.z[l]));
      files.add(vector(dir.resolve(p + "a.csv"), "a", t.a[l]));
      files.add(vector(dir.resolve(p + "delta.csv"), "delta", t.delta[l]));
      files.add(vector(dir.resolve(p + "nablaB.csv"), "nablaB", t.nablaB[l]));
      files.add(matrix(dir.resolve(p + "nablaW.csv"), t.nablaW[l], in, out));
      files.add(matrix(dir.resolve(p + "w_before.csv"), TraceExport.weights(t.before, l), in, out));
      files.add(vector(dir.resolve(p + "b_before.csv"), "b", TraceExport.biases(t.before, l)));
      files.add(matrix(dir.resolve(p + "w_after.csv"), TraceExport.weights(t.after, l), in, out));
      files.add(vector(dir.resolve(p + "b_after.csv"), "b", TraceExport.biases(t.after, l)));
    }
    return files;
  }

  private static Path summary(Trace t, Path file) throws IOException {
    try (CSVPrinter p = printer(file, "key", "value")) {
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
      p.printRecord("eta", t.eta);
      p.printRecord("lambda", t.lambda);
      p.printRecord("momentum", t.momentum);
      p.printRecord("n", t.n);
    }
    return file;
  }

  private static List<String> sizesAsStrings(Trace t) {
    List<String> s = new ArrayList<>();
    for (int n : t.sizes) {
      s.add(Integer.toString(n));
    }
    return s;
  }

  /** One value per row: {@code j,<name>}. */
  static Path vector(Path file, String name, double[] v) throws IOException {
    try (CSVPrinter p = printer(file, "j", name)) {
      for (int j = 0; j < v.length; j++) {
        p.printRecord(j, v[j]);
      }
    }
    return file;
  }

  /** A weight-shaped matrix in the book's order: row j, columns k0..k(in-1); m in the network's layout. */
  static Path matrix(Path file, double[] m, int in, int out) throws IOException {
    String[] header = new String[in + 1];
    header[0] = "j";
    for (int k = 0; k < in; k++) {
      header[k + 1] = "k" + k;
    }
    try (CSVPrinter p = printer(file, header)) {
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
    return file;
  }

  private static CSVPrinter printer(Path file, String... header) throws IOException {
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
  }
}
