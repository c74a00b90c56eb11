package dev.glassbox.data;

/**
 * The training images of one epoch as the network sees them under an {@link Augment}: image i of
 * epoch e is distorted with the random stream of (seed, e, i) alone, so any thread may make any
 * range, in any order, with the same bytes.
 *
 * @param source the undistorted images
 * @param augment how they are distorted
 * @param seed the run's seed
 */
public record Distorted(Dataset source, Augment augment, long seed) {
  /**
   * Writes the epoch's images {@code from .. to-1} at {@code dst[i * 784]} (modified), with
   * {@code distortion} (one per thread, from {@link Augment#distortion()}) and its {@code random}.
   */
  public void fill(int epoch, int from, int to, byte[] dst, Distortion distortion, DistortionRandom random) {
    byte[] px = source.pixelArray();
    for (int i = from; i < to; i++) {
      distortion.apply(px, i * Dataset.PIXELS, dst, i * Dataset.PIXELS, random.start(seed, epoch, i));
    }
  }

  /** Image {@code index} of epoch {@code epoch}, 784 bytes (allocates; for pictures). */
  public byte[] image(int epoch, int index) {
    byte[] out = new byte[Dataset.PIXELS];
    augment.distortion().apply(source.pixelArray(), index * Dataset.PIXELS, out, 0,
        new DistortionRandom().start(seed, epoch, index));
    return out;
  }
}
