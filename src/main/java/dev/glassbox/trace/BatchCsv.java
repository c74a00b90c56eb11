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
 * Writes a {@link MiniBatch} as CSV files, named with the book's layer numbers like
 * {@link TraceCsv}'s: {@code summary.csv}, {@code samples.csv}, per layer {@code layerN_nablaB.csv}
 * (one row per neuron j: each sample's ∂C_x/∂b_j, the sum and the mean), each sample's
 * {@code layerN_nablaW_sampleS.csv}, {@code layerN_nablaW_sum.csv}, {@code layerN_nablaW_mean.csv},
 * and the parameters after the step. See docs/formats.md.
 */
public final class BatchCsv {
  private BatchCsv() {}

  /** Writes every file into {@code dir} (created if missing) and returns their paths in order. */
  public static List<Path> write(MiniBatch b, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    int m = b.size();
    Path summary = dir.resolve("summary.csv");
    try (CSVPrinter p = printer(summary, "key", "value")) {
      p.printRecord("format", "glassbox-batch-csv");
      p.printRecord("version", TraceExport.VERSION);
      p.printRecord("m", m);
      p.printRecord("eta", b.eta());
      p.printRecord("eta_over_m", b.etaOverM());
      p.printRecord("lambda", b.lambda());
      p.printRecord("momentum", b.momentum());
      p.printRecord("n", b.trainingSetSize());
      p.printRecord("mean_cost", b.meanCost());
    }
    files.add(summary);
    Path samples = dir.resolve("samples.csv");
    try (CSVPrinter p = printer(samples, "s", "index", "label", "prediction", "cost")) {
      for (int s = 0; s < m; s++) {
        Trace t = b.sample(s);
        p.printRecord(s, t.sampleIndex(), t.label(), t.predicted(), t.cost());
      }
    }
    files.add(samples);
    for (int l = 1; l < b.layers(); l++) {
      String pre = "layer" + (l + 1) + "_";
      int in = b.sizes[l - 1];
      int out = b.sizes[l];
      files.add(biases(dir.resolve(pre + "nablaB.csv"), b, l));
      for (int s = 0; s < m; s++) {
        files.add(TraceCsv.matrix(dir.resolve(pre + "nablaW_sample" + s + ".csv"), b.sample(s).nablaW[l], in, out));
      }
      files.add(TraceCsv.matrix(dir.resolve(pre + "nablaW_sum.csv"), b.sumW[l], in, out));
      files.add(TraceCsv.matrix(dir.resolve(pre + "nablaW_mean.csv"), b.nablaWMean(l), in, out));
      files.add(TraceCsv.matrix(dir.resolve(pre + "w_after.csv"), TraceExport.weights(b.after, l), in, out));
      files.add(TraceCsv.vector(dir.resolve(pre + "b_after.csv"), "b", TraceExport.biases(b.after, l)));
    }
    return files;
  }

  // one row per neuron j: j, each sample's ∂C_x/∂b_j, their sum and mean
  private static Path biases(Path file, MiniBatch b, int l) throws IOException {
    int m = b.size();
    String[] header = new String[m + 3];
    header[0] = "j";
    for (int s = 0; s < m; s++) {
      header[s + 1] = "sample" + s;
    }
    header[m + 1] = "sum";
    header[m + 2] = "mean";
    double[] mean = b.nablaBMean(l);
    try (CSVPrinter p = printer(file, header)) {
      List<Object> row = new ArrayList<>(m + 3);
      for (int j = 0; j < b.sizes[l]; j++) {
        row.clear();
        row.add(j);
        for (int s = 0; s < m; s++) {
          row.add(b.nablaB(s, l, j));
        }
        row.add(b.nablaBSum(l, j));
        row.add(mean[j]);
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
