package dev.glassbox.data;

/**
 * Bilinear interpolation of a 28x28 byte image at a real position (x right, y down, pixel centres
 * at whole numbers), with 0 (background) outside the image: the resampling step of every
 * distortion.
 */
public final class Bilinear {
  private static final int N = Dataset.COLS;

  private Bilinear() {}

  /**
   * The image {@code src[off ..]} at (x, y): the four surrounding pixels weighted by closeness,
   * {@code (1-fx)(1-fy) p00 + fx(1-fy) p10 + (1-fx)fy p01 + fx fy p11}, in 0..255.
   */
  public static double sample(byte[] src, int off, double x, double y) {
    if (!(x > -1 && x < N && y > -1 && y < N)) {
      return 0; // all four neighbours outside (also NaN)
    }
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    double p00 = pixel(src, off, x0, y0);
    double p10 = pixel(src, off, x0 + 1, y0);
    double p01 = pixel(src, off, x0, y0 + 1);
    double p11 = pixel(src, off, x0 + 1, y0 + 1);
    return (1 - fy) * ((1 - fx) * p00 + fx * p10) + fy * ((1 - fx) * p01 + fx * p11);
  }

  /** Rounds a sampled value to a pixel byte 0..255. */
  public static byte toByte(double v) {
    long r = Math.round(v);
    return (byte) (r < 0 ? 0 : r > 255 ? 255 : r);
  }

  private static int pixel(byte[] src, int off, int x, int y) {
    return x < 0 || x >= N || y < 0 || y >= N ? 0 : src[off + y * N + x] & 0xFF;
  }
}
