package dev.glassbox.data;

/**
 * One 28x28 image held with a border of zeros, so that {@link #sample} (bilinear, as {@link
 * Bilinear#sample}) needs no test per neighbour: the fast path of the distortions. Reused from
 * image to image; the border is never written.
 */
final class PaddedImage {
  private static final int N = Dataset.COLS;
  private static final int W = N + 2;
  private final double[] px = new double[W * W];

  /** Takes the image at {@code src[off .. off+784)}. */
  void load(byte[] src, int off) {
    for (int y = 0; y < N; y++) {
      int o = (y + 1) * W + 1;
      int s = off + y * N;
      for (int x = 0; x < N; x++) {
        px[o + x] = src[s + x] & 0xFF;
      }
    }
  }

  /** The image at (x, y), bilinear, 0 outside; the same arithmetic as {@link Bilinear#sample}. */
  double sample(double x, double y) {
    if (!(x > -1 && x < N && y > -1 && y < N)) {
      return 0;
    }
    // x + 1 > 0, so the cast is floor(x) + 1: the padded column of floor(x)
    int cx = (int) (x + 1);
    int cy = (int) (y + 1);
    double fx = x - (cx - 1);
    double fy = y - (cy - 1);
    int i = cy * W + cx;
    return (1 - fy) * ((1 - fx) * px[i] + fx * px[i + 1]) + fy * ((1 - fx) * px[i + W] + fx * px[i + W + 1]);
  }
}
