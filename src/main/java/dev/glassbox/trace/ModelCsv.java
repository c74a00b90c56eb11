package dev.glassbox.trace;

import dev.glassbox.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's weights and biases as CSV, one file per layer and kind, in the same layout as the
 * trace's CSV files: {@code layerL_w.csv} (row j = neuron j of layer L, columns k0.. = w^L_jk, the
 * book's (out, in) order and its layer numbers, input = layer 1) and {@code layerL_b.csv}.
 */
public final class ModelCsv {
  private ModelCsv() {}

  /** Writes the files into {@code dir} (created if missing) and returns their paths in order. */
  public static List<Path> write(Network net, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int l = 1; l < net.layers(); l++) {
      String p = "layer" + (l + 1) + "_";
      files.add(TraceCsv.matrix(dir.resolve(p + "w.csv"), TraceExport.weights(net, l), net.size(l - 1), net.size(l)));
      files.add(TraceCsv.vector(dir.resolve(p + "b.csv"), "b", TraceExport.biases(net, l)));
    }
    return files;
  }
}
