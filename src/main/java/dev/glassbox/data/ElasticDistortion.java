package dev.glassbox.data;

/**
 * Simard's elastic distortion (Simard, Steinkraus and Platt 2003, section 2.2): a random
 * displacement field Δx(x, y), Δy(x, y), each pixel's value uniform in [-1, 1], is smoothed by a
 * Gaussian of standard deviation σ = {@value #SIGMA} px (zero beyond the image's edge, the
 * kernel cut at 3σ) and scaled by α = {@value #ALPHA}; output pixel (x, y) takes the source at
 * (x + Δx, y + Δy), bilinearly interpolated. A small σ gives a rough, random-looking field; a
 * large σ a nearly uniform shift; σ around 4 px bends strokes the way hands do. With σ = 4 and
 * α = 34 a pixel moves about 1.4 px on average (standard deviation per axis).
 *
 * <p>The fast kernel: the Gaussian is separable (rows, then columns) with a precomputed kernel,
 * in buffers kept between images. {@link ElasticReference} is the same distortion written
 * plainly, a 2D convolution pixel by pixel; a test checks they agree.
 */
public final class ElasticDistortion implements Distortion {
  /** σ of the smoothing Gaussian, pixels (Simard: 4). */
  public static final double SIGMA = 4;
  /** α, the scale of the smoothed field, pixels (Simard: 34). */
  public static final double ALPHA = 34;

  private static final int N = Dataset.COLS;
  private final double sigma;
  private final double alpha;
  private final double[] kernel;
  private final int radius;
  private final double[] dx = new double[Dataset.PIXELS];
  private final double[] dy = new double[Dataset.PIXELS];
  private final double[] rows = new double[Dataset.PIXELS];
  // one image row with `radius` zeros either side, so the row pass needs no edge tests
  private final double[] padded;

  /** Simard's σ = {@value #SIGMA}, α = {@value #ALPHA}. */
  public ElasticDistortion() {
    this(SIGMA, ALPHA);
  }

  /** Another σ (px, > 0) and α (px, ≥ 0); α = 0 leaves the image as it is. */
  public ElasticDistortion(double sigma, double alpha) {
    if (!(sigma > 0) || !(alpha >= 0)) {
      throw new IllegalArgumentException("elastic distortion needs σ > 0 and α ≥ 0, got σ = " + sigma
          + ", α = " + alpha);
    }
    this.sigma = sigma;
    this.alpha = alpha;
    kernel = kernel(sigma);
    radius = kernel.length / 2;
    padded = new double[N + 2 * radius];
  }

  /** The normalised Gaussian taps g(-r) .. g(r), r = ⌈3σ⌉, summing to 1. */
  static double[] kernel(double sigma) {
    int r = (int) Math.ceil(3 * sigma);
    double[] k = new double[2 * r + 1];
    double sum = 0;
    for (int i = -r; i <= r; i++) {
      k[i + r] = Math.exp(-(i * (double) i) / (2 * sigma * sigma));
      sum += k[i + r];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    return k;
  }

  /** σ in pixels. */
  public double sigma() {
    return sigma;
  }

  /** α in pixels. */
  public double alpha() {
    return alpha;
  }

  @Override
  public void apply(byte[] src, int srcOff, byte[] dst, int dstOff, DistortionRandom random) {
    noise(random, dx, dy);
    smooth(dx);
    smooth(dy);
    for (int p = 0; p < Dataset.PIXELS; p++) {
      dx[p] *= alpha;
      dy[p] *= alpha;
    }
    warp(src, srcOff, dst, dstOff, dx, dy);
  }

  /**
   * The field of the last {@link #apply}: {@code dx[p]}, {@code dy[p]} in pixels (written into the
   * arrays given, for pictures and tests).
   */
  public void lastField(double[] fieldX, double[] fieldY) {
    System.arraycopy(dx, 0, fieldX, 0, Dataset.PIXELS);
    System.arraycopy(dy, 0, fieldY, 0, Dataset.PIXELS);
  }

  /** The raw field: every Δx uniform in [-1, 1], then every Δy (the order both versions draw in). */
  static void noise(DistortionRandom random, double[] ux, double[] uy) {
    for (int p = 0; p < Dataset.PIXELS; p++) {
      ux[p] = random.uniform(-1, 1);
    }
    for (int p = 0; p < Dataset.PIXELS; p++) {
      uy[p] = random.uniform(-1, 1);
    }
  }

  /** Output pixel (x, y) = the source at (x + dx, y + dy), bilinear. */
  static void warp(byte[] src, int srcOff, byte[] dst, int dstOff, double[] dx, double[] dy) {
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        int p = y * N + x;
        dst[dstOff + p] = Bilinear.toByte(Bilinear.sample(src, srcOff, x + dx[p], y + dy[p]));
      }
    }
  }

  // the Gaussian along rows (into `rows`), then along columns (back into f), zero beyond the edge
  private void smooth(double[] f) {
    double[] k = kernel;
    int r = radius;
    for (int y = 0; y < N; y++) {
      System.arraycopy(f, y * N, padded, r, N); // the zeros either side are never written
      int o = y * N;
      for (int x = 0; x < N; x++) {
        double s = 0;
        for (int t = 0; t < k.length; t++) {
          s += k[t] * padded[x + t];
        }
        rows[o + x] = s;
      }
    }
    java.util.Arrays.fill(f, 0);
    for (int y = 0; y < N; y++) {
      int t0 = Math.max(0, r - y);
      int t1 = Math.min(k.length, N + r - y);
      int o = y * N;
      for (int t = t0; t < t1; t++) {
        double kt = k[t];
        int i = (y + t - r) * N;
        for (int x = 0; x < N; x++) {
          f[o + x] += kt * rows[i + x];
        }
      }
    }
  }
}
