package dev.glassbox.data;

/**
 * The random numbers of one image's distortion: a SplitMix64 stream started from (seed, epoch,
 * image index) alone, so a distorted image does not depend on which thread makes it nor in what
 * order. Mutable and allocation-free: {@link #start} repositions it for the next image.
 */
public final class DistortionRandom {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  /** Positions the stream for image {@code index} of epoch {@code epoch} under {@code seed}. */
  public DistortionRandom start(long seed, int epoch, int index) {
    // three rounds of mixing, so neighbouring epochs and indices give unrelated streams
    long h = mix(seed ^ 0x5DEECE66DL);
    h = mix(h + GOLDEN * (epoch + 1L));
    h = mix(h + GOLDEN * (index + 1L));
    state = h;
    return this;
  }

  /** The next 64 random bits. */
  public long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, 1), 53 bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [lo, hi). */
  public double uniform(double lo, double hi) {
    return lo + (hi - lo) * nextDouble();
  }

  // SplitMix64's finaliser (Steele, Lea and Flood 2014)
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
