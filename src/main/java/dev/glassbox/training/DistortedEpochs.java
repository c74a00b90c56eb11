package dev.glassbox.training;

import dev.glassbox.data.Augment;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.Distorted;
import dev.glassbox.data.Distortion;
import dev.glassbox.data.DistortionRandom;
import dev.glassbox.network.Inputs;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The training inputs of each epoch under an {@link Augment}, made afresh on the fly: every image
 * distorted with its own random stream of (seed, epoch, index). The first epoch's are made by the
 * team; while an epoch trains, the next one's are made by one background thread (training rarely
 * keeps both cores busy), so augmentation mostly hides behind training. Whoever makes them, the
 * bytes are the same, so the weights are too. Only training images are distorted, never
 * validation or test.
 */
public final class DistortedEpochs implements AutoCloseable {
  private final Distorted distorted;
  private final byte[] pixels;
  private final byte[] labels;
  private final Distortion[] distortion;
  private final DistortionRandom[] random;
  private final Distortion backgroundDistortion;
  private final DistortionRandom backgroundRandom = new DistortionRandom();
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "glassbox-augment");
    t.setDaemon(true);
    return t;
  });
  private Future<Inputs> next;
  private int nextEpoch;
  private int teamEpoch;

  /**
   * @param images the undistorted training images, labelled
   * @param threads the size of the team that makes the first epoch's
   */
  public DistortedEpochs(Dataset images, Augment augment, long seed, int threads) {
    if (!images.labeled()) {
      throw new IllegalArgumentException("training data must be labelled");
    }
    distorted = new Distorted(images, augment, seed);
    int n = images.size();
    pixels = new byte[n * Dataset.PIXELS]; // reused from epoch to epoch: Inputs copies them
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
    backgroundDistortion = augment.distortion();
  }

  /**
   * The inputs of epoch {@code e} (1, 2, ...): the ones made in the background when they are for
   * e, else made now by {@code team}. With {@code prepareNext}, starts making epoch e + 1's.
   */
  public Inputs epoch(int e, Team team, boolean prepareNext) {
    Inputs in;
    if (next != null && nextEpoch == e) {
      in = await(next);
    } else {
      if (next != null) {
        await(next); // an unused epoch: let it finish before the buffer is reused
      }
      teamEpoch = e;
      team.run(this::fillShare);
      in = Inputs.fromPixels(pixels, labels.length, Dataset.PIXELS, labels);
    }
    next = null;
    if (prepareNext) {
      nextEpoch = e + 1;
      next = background.submit(() -> {
        distorted.fill(e + 1, 0, labels.length, pixels, backgroundDistortion, backgroundRandom);
        return Inputs.fromPixels(pixels, labels.length, Dataset.PIXELS, labels);
      });
    }
    return in;
  }

  private static Inputs await(Future<Inputs> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while distorting the training images", e);
    }
  }

  private void fillShare(int t, int threads) {
    int n = labels.length;
    if (t < distortion.length) {
      int shares = Math.min(threads, distortion.length);
      distorted.fill(teamEpoch, Team.from(n, t, shares), Team.from(n, t + 1, shares), pixels, distortion[t], random[t]);
    }
  }

  /** Stops the background thread (an epoch being made for nothing is abandoned). */
  @Override
  public void close() {
    background.shutdownNow();
  }
}
