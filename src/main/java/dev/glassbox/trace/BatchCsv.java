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
 * Writes a {@link MiniBatch} as CSV files, named with the book's layer numbers like
 * {@link TraceCsv}'s: {@code summary.csv}, {@code samples.csv}, per layer {@code layerN_nablaB.csv}
 * (one row per neuron j: each sample's ∂C_x/∂b_j, the sum and the mean), each sample's
 * {@code layerN_nablaW_sampleS.csv}, {@code layerN_nablaW_sum.csv}, {@code layerN_nablaW_mean.csv},
 * and the parameters after the step. See docs/formats.md.
 */
public final class BatchCsv {
  private BatchCsv() {}

  /**
   * Writes every file into {@code dir} (created if missing), complete or not at all (see
   * {@link AtomicFile#writeFolder}), and returns their paths in order, the manifest last.
   */
  public static List<Path> write(MiniBatch b, Path dir) throws IOException {
    TraceCsv.Files files = new TraceCsv.Files();
    int m = b.size();
    files.add("summary.csv", out -> {
      try (CSVPrinter p = printer(out, "key", "value")) {
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
    });
    files.add("samples.csv", out -> {
      try (CSVPrinter p = printer(out, "s", "index", "label", "prediction", "cost")) {
        for (int s = 0; s < m; s++) {
          Trace t = b.sample(s);
          p.printRecord(s, t.sampleIndex(), t.label(), t.predicted(), t.cost());
        }
      }
    });
    for (int l = 1; l < b.layers(); l++) {
      String pre = "layer" + (l + 1) + "_";
      int in = b.sizes[l - 1];
      int out = b.sizes[l];
      files.add(pre + "nablaB.csv", biases(b, l));
      for (int s = 0; s < m; s++) {
        files.add(pre + "nablaW_sample" + s + ".csv", TraceCsv.matrix(b.sample(s).nablaW[l], in, out));
      }
      files.add(pre + "nablaW_sum.csv", TraceCsv.matrix(b.sumW[l], in, out));
      files.add(pre + "nablaW_mean.csv", TraceCsv.matrix(b.nablaWMean(l), in, out));
      files.add(pre + "w_after.csv", TraceCsv.matrix(TraceExport.weights(b.after, l), in, out));
      files.add(pre + "b_after.csv", TraceCsv.vector("b", TraceExport.biases(b.after, l)));
    }
    return AtomicFile.writeFolder(dir, files.names, files.bodies);
  }

  // one row per neuron j: j, each sample's ∂C_x/∂b_j, their sum and mean
  private static AtomicFile.Body biases(MiniBatch b, int l) {
    return stream -> {
      int m = b.size();
      String[] header = new String[m + 3];
      header[0] = "j";
      for (int s = 0; s < m; s++) {
        header[s + 1] = "sample" + s;
      }
      header[m + 1] = "sum";
      header[m + 2] = "mean";
      double[] mean = b.nablaBMean(l);
      try (CSVPrinter p = printer(stream, header)) {
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
    };
  }

  // as TraceCsv's: the writer is closed with the printer, which AtomicFile's stream ignores
  private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
  }
}
