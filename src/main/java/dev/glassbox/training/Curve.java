package dev.glassbox.training;

import java.util.Arrays;

/**
 * A read-only view of the first {@link #size()} points of an append-only (x, y) series that the
 * training thread keeps growing. The writer only ever writes past the end of every view it has
 * published, and publishes each view through a volatile write, so a reader that obtained a view
 * from a snapshot sees its points complete, with no copying and no locks.
 */
public final class Curve {
  private static final Curve EMPTY = new Curve(new float[0], new float[0], 0);
  private final float[] x;
  private final float[] y;
  private final int size;

  private Curve(float[] x, float[] y, int size) {
    this.x = x;
    this.y = y;
    this.size = size;
  }

  /** A curve with no points. */
  public static Curve empty() {
    return EMPTY;
  }

  /** Number of points. */
  public int size() {
    return size;
  }

  /** x of point i (here: epochs, fractional). */
  public double x(int i) {
    return x[check(i)];
  }

  /** y of point i (here: the smoothed cost). */
  public double y(int i) {
    return y[check(i)];
  }

  private int check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("point " + i + " of " + size);
    }
    return i;
  }

  /** The writer side, used by one thread only (the training thread). */
  static final class Builder {
    private float[] x = new float[256];
    private float[] y = new float[256];
    private int size;

    /** Appends a point; grows by copying into new arrays, never touching published points. */
    void add(double px, double py) {
      if (size == x.length) {
        x = Arrays.copyOf(x, size * 2);
        y = Arrays.copyOf(y, size * 2);
      }
      x[size] = (float) px;
      y[size] = (float) py;
      size++;
    }

    /** A view of the points so far; publish it through a volatile write. */
    Curve view() {
      return size == 0 ? EMPTY : new Curve(x, y, size);
    }
  }
}
