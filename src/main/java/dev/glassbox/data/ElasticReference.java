package dev.glassbox.data;

/**
 * {@link ElasticDistortion} written plainly, to check the fast kernel against: the same noise, a
 * 2D Gaussian convolution evaluated pixel by pixel, the plain bilinear warp of {@link Bilinear}. Slow and allocating;
 * for tests and for reading.
 */
public final class ElasticReference {
  private ElasticReference() {}

  /**
   * The displacement field for the next image of {@code random}: {@code field[0]} is Δx,
   * {@code field[1]} Δy, per pixel, in pixels.
   */
  public static double[][] field(DistortionRandom random, double sigma, double alpha) {
    int n = Dataset.COLS;
    double[] ux = new double[Dataset.PIXELS];
    double[] uy = new double[Dataset.PIXELS];
    ElasticDistortion.noise(random, ux, uy, n, 0);
    int r = (int) Math.ceil(3 * sigma);
    double norm = 0; // the 1D kernel's sum: the 2D kernel g(i) g(j) sums to norm²
    for (int i = -r; i <= r; i++) {
      norm += Math.exp(-(i * (double) i) / (2 * sigma * sigma));
    }
    double[][] out = new double[2][Dataset.PIXELS];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        double sx = 0;
        double sy = 0;
        // the neighbours within r on each axis that are inside the image (zero outside)
        for (int j = Math.max(0, y - r); j <= Math.min(n - 1, y + r); j++) {
          for (int i = Math.max(0, x - r); i <= Math.min(n - 1, x + r); i++) {
            double g = Math.exp(-((i - x) * (double) (i - x)) / (2 * sigma * sigma))
                * Math.exp(-((j - y) * (double) (j - y)) / (2 * sigma * sigma)) / (norm * norm);
            sx += g * ux[j * n + i];
            sy += g * uy[j * n + i];
          }
        }
        out[0][y * n + x] = alpha * sx;
        out[1][y * n + x] = alpha * sy;
      }
    }
    return out;
  }

  /** The distorted image (784 bytes) of {@code image} for the next image of {@code random}. */
  public static byte[] distort(byte[] image, DistortionRandom random, double sigma, double alpha) {
    double[][] f = field(random, sigma, alpha);
    byte[] out = new byte[Dataset.PIXELS];
    ElasticDistortion.warp(image, 0, out, 0, f[0], f[1]);
    return out;
  }
}
