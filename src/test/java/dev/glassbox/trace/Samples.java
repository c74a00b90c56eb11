package dev.glassbox.trace;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/** Networks and inputs for the trace tests: small random ones, and real MNIST test images. */
public final class Samples {
  private Samples() {}

  public static Network network(int[] sizes, Activation hidden, Activation out, Cost cost, long seed) {
    Network net = new Network(sizes, hidden, out, cost);
    Init.GAUSSIAN.apply(net, seed);
    return net;
  }

  /** m random inputs of dimension dim, about 40% exact zeros (to exercise the sparse path). */
  public static Inputs random(int m, int dim, int classes, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[m][dim];
    int[] labels = new int[m];
    for (int s = 0; s < m; s++) {
      for (int k = 0; k < dim; k++) {
        x[s][k] = rng.nextDouble() < 0.4 ? 0.0 : rng.nextDouble();
      }
      labels[s] = rng.nextInt(classes);
    }
    return Inputs.fromDense(x, labels);
  }

  /** The first {@code n} images of the bundled MNIST test set. */
  public static Inputs mnistTest(int n) throws IOException {
    Path dir = Path.of("data");
    try (DataInputStream img = open(dir.resolve("t10k-images-idx3-ubyte.gz"));
        DataInputStream lab = open(dir.resolve("t10k-labels-idx1-ubyte.gz"))) {
      img.skipNBytes(16);
      lab.skipNBytes(8);
      return Inputs.fromPixels(img.readNBytes(n * 784), n, 784, lab.readNBytes(n));
    }
  }

  private static DataInputStream open(Path p) throws IOException {
    return new DataInputStream(new GZIPInputStream(Files.newInputStream(p)));
  }
}
