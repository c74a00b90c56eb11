package dev.glassbox.training;

import dev.glassbox.data.Augment;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.Distorted;
import dev.glassbox.data.Distortion;
import dev.glassbox.data.DistortionRandom;
import dev.glassbox.network.Inputs;

/**
 * The training inputs of each epoch under an {@link Augment}, made afresh on the fly before the
 * epoch starts: every image distorted with its own random stream of (seed, epoch, index), the
 * images shared out over the team's threads. Any thread count gives the same bytes, so the same
 * weights. Only training images are distorted, never validation or test.
 */
public final class DistortedEpochs {
  private final Distorted distorted;
  private final byte[] pixels;
  private final byte[] labels;
  private final Distortion[] distortion;
  private final DistortionRandom[] random;
  private int epoch;

  /**
   * @param images the undistorted training images, labelled
   * @param threads the size of the team that will make them
   */
  public DistortedEpochs(Dataset images, Augment augment, long seed, int threads) {
    if (!images.labeled()) {
      throw new IllegalArgumentException("training data must be labelled");
    }
    distorted = new Distorted(images, augment, seed);
    int n = images.size();
    pixels = new byte[n * Dataset.PIXELS]; // reused from epoch to epoch
    labels = new byte[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) images.label(i);
    }
    distortion = new Distortion[threads];
    random = new DistortionRandom[threads];
    for (int t = 0; t < threads; t++) {
      distortion[t] = augment.distortion();
      random[t] = new DistortionRandom();
    }
  }

  /** The augmentation. */
  public Augment augment() {
    return distorted.augment();
  }

  /** Number of training images. */
  public int size() {
    return labels.length;
  }

  /** The inputs of epoch {@code e} (1, 2, ...), made by {@code team} (at most the threads given). */
  public Inputs epoch(int e, Team team) {
    int n = labels.length;
    epoch = e;
    team.run(this::fill);
    return Inputs.fromPixels(pixels, n, Dataset.PIXELS, labels);
  }

  private void fill(int t, int threads) {
    int n = labels.length;
    if (t < distortion.length) {
      int shares = Math.min(threads, distortion.length);
      distorted.fill(epoch, Team.from(n, t, shares), Team.from(n, t + 1, shares), pixels, distortion[t], random[t]);
    }
  }
}
