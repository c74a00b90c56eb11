package dev.glassbox.trace;

import dev.glassbox.network.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A model's weights and biases as CSV, one file per layer and kind, in the same layout as the
 * trace's CSV files: {@code layerL_w.csv} (row j = neuron j of layer L, columns k0.. = w^L_jk, the
 * book's (out, in) order and its layer numbers, input = layer 1) and {@code layerL_b.csv}.
 */
public final class ModelCsv {
  private ModelCsv() {}

  /**
   * Writes the files into {@code dir} (created if missing), complete or not at all (see
   * {@link dev.glassbox.io.AtomicFile#writeFolder}), and returns their paths in order, the manifest last.
   */
  public static List<Path> write(Network net, Path dir) throws IOException {
    TraceCsv.Files files = new TraceCsv.Files();
    for (int l = 1; l < net.layers(); l++) {
      String p = "layer" + (l + 1) + "_";
      files.add(p + "w.csv", TraceCsv.matrix(TraceExport.weights(net, l), net.size(l - 1), net.size(l)));
      files.add(p + "b.csv", TraceCsv.vector("b", TraceExport.biases(net, l)));
    }
    return dev.glassbox.io.AtomicFile.writeFolder(dir, files.names, files.bodies);
  }
}
