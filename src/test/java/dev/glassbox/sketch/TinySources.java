package dev.glassbox.sketch;

import dev.glassbox.data.Dataset;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Network;
import java.util.SplittableRandom;

/** Small synthetic stepper sources for tests: random 28x28 images through an untrained network. */
public final class TinySources {
  private TinySources() {}

  /** {@code n} random images (about half the pixels ink) with random labels 0-9, named {@code name}. */
  public static Dataset images(String name, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    byte[] px = new byte[n * Dataset.PIXELS];
    byte[] labels = new byte[n];
    for (int i = 0; i < px.length; i++) {
      px[i] = rng.nextBoolean() ? 0 : (byte) rng.nextInt(256);
    }
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) rng.nextInt(10);
    }
    return new Dataset(name, null, px, labels);
  }

  /** A 784,6,10 sigmoid network, Gaussian weights of seed 1. */
  public static Network network() {
    Network net = new Network(new int[] {784, 6, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    Init.GAUSSIAN.apply(net, 1);
    return net;
  }

  /** A source over {@code data} through {@link #network()}, η = 3. */
  public static TraceSource source(Dataset data) {
    return new TraceSource(network(), data, 3.0, 0, 0, 50000, "tiny test network", null);
  }
}
