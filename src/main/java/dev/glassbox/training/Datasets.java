package dev.glassbox.training;

import dev.glassbox.data.Dataset;
import dev.glassbox.network.Inputs;

/** Turns a {@link Dataset} (bytes 0-255) into network {@link Inputs} (x = pixel/255, sparse). */
public final class Datasets {
  private Datasets() {}

  /** The inputs of every image of {@code ds}, with its labels (or none). */
  public static Inputs inputs(Dataset ds) {
    int n = ds.size();
    byte[] pixels = new byte[n * Dataset.PIXELS];
    for (int i = 0; i < n; i++) {
      ds.copyImageBytes(i, pixels, i * Dataset.PIXELS);
    }
    byte[] labels = null;
    if (ds.labeled()) {
      labels = new byte[n];
      for (int i = 0; i < n; i++) {
        labels[i] = (byte) ds.label(i);
      }
    }
    return Inputs.fromPixels(pixels, n, Dataset.PIXELS, labels);
  }

  /** The inputs of a dataset, or null for a null dataset. */
  public static Inputs inputsOrNull(Dataset ds) {
    return ds == null ? null : inputs(ds);
  }
}
