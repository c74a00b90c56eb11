package dev.glassbox.data;

import dev.glassbox.io.Named;
import java.util.Locale;

/**
 * Data augmentation: how each training image is distorted afresh every epoch, so that the network
 * sees a slightly different digit each time (Simard, Steinkraus and Platt 2003). Each kind carries
 * its id ({@link Named}: the CLI value and the model metadata), what it does, and makes its own {@link Distortion}.
 */
public enum Augment implements Named {
  /** The images as they are. */
  NONE("none: the images as they are"),
  /** Small random rotations, shifts and scalings; see {@link AffineDistortion}. */
  AFFINE("affine: a random rotation of up to ±" + fmt(AffineDistortion.MAX_DEGREES)
      + "°, shift of up to ±" + fmt(AffineDistortion.MAX_SHIFT) + " px and scaling by "
      + fmt(AffineDistortion.MIN_SCALE) + "-" + fmt(AffineDistortion.MAX_SCALE) + ", bilinear"),
  /** Simard's elastic distortion; see {@link ElasticDistortion}. */
  ELASTIC("elastic: a random displacement field, uniform in [-1, 1] per axis, smoothed by"
      + " a Gaussian of σ = " + fmt(ElasticDistortion.SIGMA) + " px and scaled by α = "
      + fmt(ElasticDistortion.ALPHA) + ", bilinear");

  private final String description;

  Augment(String description) {
    this.description = description;
  }

  /** One line saying what it does, with its ranges. */
  public String description() {
    return description;
  }

  /**
   * A new distortion of this kind, with its own buffers: one per thread. {@link #NONE} copies.
   */
  public Distortion distortion() {
    return switch (this) {
      case NONE -> (src, srcOff, dst, dstOff, random) -> System.arraycopy(src, srcOff, dst, dstOff, Dataset.PIXELS);
      case AFFINE -> new AffineDistortion();
      case ELASTIC -> new ElasticDistortion();
    };
  }

  /** The kind with this id (case-insensitive), or an IllegalArgumentException listing the ids. */
  public static Augment parse(String id) {
    return Named.parse(Augment.class, "augmentation", id);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
