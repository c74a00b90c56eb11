package dev.glassbox.training;

import java.util.Locale;

/**
 * The time a training run has left: the wall time a recent finished epoch took (its evaluation and
 * the work between epochs included) times the epochs still to go, the unfinished part of the current
 * one included. Epoch 1 is slow at its start (the JIT warming up, the first distortions made while
 * training waits), so it is timed by its second half, and only until a later epoch has finished;
 * then the mean of the last three later epochs is used, so the estimate follows the machine getting
 * busier or quieter. Paused time does not count. With early stopping a run may end sooner, so the
 * estimate is an upper bound ({@link #atMost}).
 */
public final class RunClock {
  /** Finished epochs the per-epoch time is averaged over. */
  static final int RECENT = 3;

  private final int epochs;
  private final boolean atMost;
  private final long start;
  // active nanoseconds from the start to the end of each finished epoch
  private final long[] ends;
  private long paused;
  private int finished;
  private final SecondHalf first = new SecondHalf();

  /** Epoch 1's pace from half-way on: two readings of (active nanoseconds, fraction trained). */
  private static final class SecondHalf {
    long halfAt = -1;
    double halfFraction;
    long lastAt;
    double lastFraction;
    // the last reading when the epoch's evaluation began
    long trainedAt = -1;

    void see(long t, double fraction) {
      if (fraction >= 0.5 && halfAt < 0) {
        halfAt = t;
        halfFraction = fraction;
      }
      lastAt = t;
      lastFraction = fraction;
    }

    boolean known() {
      return halfAt >= 0 && lastFraction > halfFraction && lastAt > halfAt;
    }

    // seconds to train a whole epoch at the second half's pace
    double epochSeconds() {
      return (lastAt - halfAt) / 1e9 / (lastFraction - halfFraction);
    }
  }

  /**
   * @param epochs the epochs asked for
   * @param atMost whether the run may stop before them (early stopping)
   * @param startNanos {@link System#nanoTime()} at the start of the run
   */
  public RunClock(int epochs, boolean atMost, long startNanos) {
    this.epochs = epochs;
    this.atMost = atMost;
    this.start = startNanos;
    this.ends = new long[Math.max(epochs, 1)];
  }

  /** A clock for {@code c}'s run, started now. */
  public static RunClock of(TrainingConfig c, long startNanos) {
    return new RunClock(c.epochs(), c.patience() > 0, startNanos);
  }

  /** Leaves {@code nanos} of pause out of every measured time. */
  public void paused(long nanos) {
    paused += nanos;
  }

  /** Epoch {@code epoch} (from 1) is {@code fraction} trained at {@code now}. */
  public void batch(int epoch, double fraction, long now) {
    if (epoch != 1 || finished > 0) {
      return;
    }
    first.see(now - start - paused, fraction);
  }

  /** Epoch {@code epoch} (from 1) ended, its evaluation included, at {@code now}. */
  public void epochEnded(int epoch, long now) {
    if (epoch >= 1 && epoch <= ends.length) {
      ends[epoch - 1] = now - start - paused;
      if (epoch == 1) {
        first.trainedAt = first.lastAt;
      }
      finished = Math.max(finished, epoch);
    }
  }

  /** Whether the run may end before its last epoch, so that the time left is an upper bound. */
  public boolean atMost() {
    return atMost;
  }

  /**
   * Seconds left at {@code now} while epoch {@code epoch} is {@code fraction} done (0 to 1): NaN
   * until there is something to go by (the first 2% of epoch 1).
   */
  public double secondsLeft(int epoch, double fraction, long now) {
    double f = Math.max(0, Math.min(1, fraction));
    int toGo = Math.max(0, epochs - epoch);
    if (finished == 0) {
      // no epoch finished: the current one's pace so far (evaluation not yet known)
      double elapsed = (now - start - paused) / 1e9;
      if (f < 0.02) {
        return Double.NaN;
      }
      double per = first.known() ? first.epochSeconds() : elapsed / f;
      return per * (1 - f) + toGo * per;
    }
    double per = perEpoch();
    return epoch > epochs ? 0 : per * (1 - f) + toGo * per;
  }

  /** Seconds left at the end of epoch {@code epoch}: the epochs after it. */
  public double secondsLeftAfter(int epoch) {
    return finished == 0 ? Double.NaN : Math.max(0, epochs - epoch) * perEpoch();
  }

  // wall seconds of an epoch: the mean of the last RECENT finished epochs after epoch 1, or epoch 1
  // timed by its second half (its training from half-way on, scaled to a whole, and its evaluation)
  private double perEpoch() {
    if (finished == 1) {
      if (first.known() && first.trainedAt >= 0) {
        return first.epochSeconds() + (ends[0] - first.trainedAt) / 1e9;
      }
      return ends[0] / 1e9;
    }
    int from = Math.max(1, finished - RECENT);
    return (ends[finished - 1] - ends[from - 1]) / 1e9 / (finished - from);
  }

  /** "6:12 left", or "at most 6:12 left" when early stopping may end the run sooner; "" if unknown. */
  public String left(double seconds) {
    return left(seconds, atMost);
  }

  /** {@link #left(double)} for a clock that {@code atMost} says whether the run may end sooner. */
  public static String left(double seconds, boolean atMost) {
    if (!Double.isFinite(seconds)) {
      return "";
    }
    return (atMost && seconds > 0 ? "at most " : "") + clock(seconds) + " left";
  }

  /** Seconds as m:ss, or h:mm:ss from an hour on. */
  public static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
