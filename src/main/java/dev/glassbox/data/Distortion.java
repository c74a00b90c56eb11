package dev.glassbox.data;

/**
 * One random distortion of a 28x28 image (bytes 0-255, row-major), drawn from a {@link
 * DistortionRandom} positioned for that image. Implementations keep their buffers between calls
 * and allocate nothing per image; an instance is used by one thread at a time.
 */
@FunctionalInterface
public interface Distortion {
  /**
   * Writes a distorted copy of {@code src[srcOff .. srcOff+784)} into {@code dst[dstOff ..
   * dstOff+784)} (modified; must not overlap the source).
   */
  void apply(byte[] src, int srcOff, byte[] dst, int dstOff, DistortionRandom random);
}
