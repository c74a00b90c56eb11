package dev.glassbox.data;

/**
 * Small random affine distortions (Simard et al. 2003, section 2): a rotation by θ uniform in
 * ±{@value #MAX_DEGREES}°, a scaling by s uniform in {@value #MIN_SCALE}-{@value #MAX_SCALE}
 * (both axes alike) about the image centre, then a shift by (tx, ty) each uniform in ±{@value
 * #MAX_SHIFT} px. Each output pixel p takes the source at {@code c + R(-θ)(p - c - t) / s},
 * bilinearly interpolated; ink moved in from outside the image is 0.
 */
public final class AffineDistortion implements Distortion {
  /** Largest rotation, degrees either way. */
  public static final double MAX_DEGREES = 15;
  /** Largest shift, pixels either way on each axis. */
  public static final double MAX_SHIFT = 2;
  /** Smallest scale factor. */
  public static final double MIN_SCALE = 0.9;
  /** Largest scale factor. */
  public static final double MAX_SCALE = 1.1;

  private static final int N = Dataset.COLS;
  private static final double CENTRE = (N - 1) / 2.0;
  private final PaddedImage source = new PaddedImage();

  @Override
  public void apply(byte[] src, int srcOff, byte[] dst, int dstOff, DistortionRandom random) {
    double theta = Math.toRadians(random.uniform(-MAX_DEGREES, MAX_DEGREES));
    double s = random.uniform(MIN_SCALE, MAX_SCALE);
    double tx = random.uniform(-MAX_SHIFT, MAX_SHIFT);
    double ty = random.uniform(-MAX_SHIFT, MAX_SHIFT);
    transform(src, srcOff, dst, dstOff, theta, s, tx, ty);
  }

  /**
   * The distortion with given parameters: rotate by {@code theta} (radians, counter-clockwise as
   * seen on screen), scale by {@code s}, shift by ({@code tx}, {@code ty}) pixels (right, down).
   */
  public void transform(byte[] src, int srcOff, byte[] dst, int dstOff, double theta, double s,
      double tx, double ty) {
    // the inverse map: undo the shift, then the rotation and scaling (y points down on screen)
    double cos = Math.cos(theta) / s;
    double sin = Math.sin(theta) / s;
    source.load(src, srcOff);
    for (int y = 0; y < N; y++) {
      double v = y - CENTRE - ty;
      for (int x = 0; x < N; x++) {
        double u = x - CENTRE - tx;
        double sx = CENTRE + cos * u - sin * v;
        double sy = CENTRE + sin * u + cos * v;
        dst[dstOff + y * N + x] = (byte) (int) (source.sample(sx, sy) + 0.5); // Math.round for v ≥ 0
      }
    }
  }
}
