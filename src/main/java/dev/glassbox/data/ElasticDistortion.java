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
  // the second pass's taps times α, so the field comes out scaled
  private final double[] scaledKernel;
  private final double[] noiseX = new double[Dataset.PIXELS];
  private final double[] noiseY = new double[Dataset.PIXELS];
  private final double[] pass = new double[Dataset.PIXELS];
  private final double[] turned = new double[Dataset.PIXELS];
  // the field, transposed: Δx of pixel (x, y) is dxT[x * 28 + y]
  private final double[] dxT = new double[Dataset.PIXELS];
  private final double[] dyT = new double[Dataset.PIXELS];
  private final PaddedImage source = new PaddedImage();

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
    scaledKernel = new double[kernel.length];
    for (int t = 0; t < kernel.length; t++) {
      scaledKernel[t] = alpha * kernel[t];
    }
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
    noise(random, noiseX, noiseY, N, 0);
    smooth(noiseX, dxT);
    smooth(noiseY, dyT);
    source.load(src, srcOff);
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        double v = source.sample(x + dxT[x * N + y], y + dyT[x * N + y]);
        dst[dstOff + y * N + x] = (byte) (int) (v + 0.5); // v in 0..255: Math.round's floor(v + 0.5)
      }
    }
  }

  /**
   * The field of the last {@link #apply}: {@code fieldX[p]}, {@code fieldY[p]} in pixels for pixel
   * p = y * 28 + x (written into the arrays given, for pictures and tests).
   */
  public void lastField(double[] fieldX, double[] fieldY) {
    transpose(dxT, fieldX);
    transpose(dyT, fieldY);
  }

  /**
   * The raw field, uniform in [-1, 1) at 32 bits: one random long per pixel p (row-major), its high
   * half for Δx and its low half for Δy. Pixel (x, y) goes to {@code u[y * stride + pad + x]}.
   */
  static void noise(DistortionRandom random, double[] ux, double[] uy, int stride, int pad) {
    for (int y = 0; y < N; y++) {
      int o = y * stride + pad;
      for (int x = 0; x < N; x++) {
        long bits = random.nextLong();
        ux[o + x] = (int) (bits >>> 32) * 0x1.0p-31;
        uy[o + x] = (int) bits * 0x1.0p-31;
      }
    }
  }

  /** Output pixel (x, y) = the source at (x + dx, y + dy), bilinear (the plain version). */
  static void warp(byte[] src, int srcOff, byte[] dst, int dstOff, double[] dx, double[] dy) {
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        int p = y * N + x;
        dst[dstOff + p] = Bilinear.toByte(Bilinear.sample(src, srcOff, x + dx[p], y + dy[p]));
      }
    }
  }

  // The 2D Gaussian as two passes down the columns, with a transpose between: the first pass
  // smooths along y, the second (on the transposed image) along x, and leaves the field transposed.
  // Down the columns, tap ±d adds rows y ± d for a whole run of rows at once: the inner loops are
  // long and contiguous, and the JIT vectorises them.
  private void smooth(double[] noise, double[] fieldT) {
    columns(noise, pass, kernel);
    transpose(pass, turned);
    columns(turned, fieldT, scaledKernel);
  }

  /** out = the image smoothed down its columns by the symmetric taps k, zero beyond the edges. */
  static void columns(double[] in, double[] out, double[] k) {
    int r = k.length / 2;
    double k0 = k[r];
    for (int i = 0; i < Dataset.PIXELS; i++) {
      out[i] = k0 * in[i];
    }
    for (int d = 1; d <= r && d < N; d++) {
      double kd = k[r + d];
      int shift = d * N;
      // rows y < d have no row y - d, rows y >= N - d no row y + d (with σ > 4.5 both may hold)
      int noUp = Math.min(d, N - d) * N;
      int noDown = Math.max(d, N - d) * N;
      for (int i = 0; i < noUp; i++) {
        out[i] += kd * in[i + shift];
      }
      if (d < N - d) {
        for (int i = noUp; i < noDown; i++) {
          out[i] += kd * (in[i - shift] + in[i + shift]);
        }
      }
      for (int i = noDown; i < Dataset.PIXELS; i++) {
        out[i] += kd * in[i - shift];
      }
    }
  }

  private static void transpose(double[] in, double[] out) {
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        out[x * N + y] = in[y * N + x];
      }
    }
  }
}
