package dev.glassbox.data;


/** The mean of a set's images, pixel by pixel, as network inputs in [0, 1]. */
public final class MeanImage {
  private MeanImage() {}

  /** x̄_k = (1/n) Σ_i pixel_ik / 255 over every image of {@code ds}. */
  public static double[] of(Dataset ds) {
    if (ds.size() == 0) {
      throw new IllegalArgumentException(ds.name() + " has no images to average");
    }
    double[] sum = new double[Dataset.PIXELS];
    for (int i = 0; i < ds.size(); i++) {
      for (int p = 0; p < Dataset.PIXELS; p++) {
        sum[p] += ds.pixel(i, p);
      }
    }
    for (int p = 0; p < Dataset.PIXELS; p++) {
      sum[p] /= 255.0 * ds.size();
    }
    return sum;
  }
}
