package dev.glassbox.trace;

import dev.glassbox.data.Dataset;
import dev.glassbox.network.Backprop;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;

/**
 * The rule that picks the image the stepper opens on when none is asked for: the first test image
 * whose cost C is above {@value #THRESHOLD}; when there is none, the image of largest C. A
 * confidently right image has δs of 1e-8 and less, which show nothing; an image the network is
 * unsure of has δs of order 0.01-0.1. Every image the network gets wrong counts as unsure: a wrong
 * answer costs at least 0.25 (quadratic), 0.69 (log-likelihood) or 1.38 (cross-entropy).
 */
public final class DefaultExample {
  /** The cost above which the network counts as unsure of an image. */
  public static final double THRESHOLD = 0.1;

  private static final int BATCH = 100;

  private DefaultExample() {}

  /** Why an image was picked. */
  public enum Reason {
    /** Its cost is above the threshold. */
    UNSURE("the first with C > " + THRESHOLD),
    /** No image is unsure or wrong: the one of largest cost. */
    LARGEST_COST("the largest C (none > " + THRESHOLD + ")");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** A few words for a title, e.g. "the first with C > 0.1". */
    public String text() {
      return text;
    }
  }

  /** The image picked, why, and its cost. */
  public record Pick(int index, Reason reason, double cost) {
    /** One line saying which rule chose the image, for the terminal. */
    public String note() {
      return switch (reason) {
        case UNSURE -> "the default example, the first test image whose cost C is above " + THRESHOLD
            + " (the network is unsure or wrong); --image N for another";
        case LARGEST_COST -> "the default example: no test image has a cost C above " + THRESHOLD
            + ", so the one of largest C; --image N for another";
      };
    }
  }

  /** Applies the rule to the labelled images of {@code data} through {@code net}. */
  public static Pick pick(Network net, Dataset data) {
    if (data.size() == 0) {
      throw new IllegalArgumentException("the data set " + data.name() + " has no images");
    }
    Workspace ws = new Workspace(net, BATCH, false);
    byte[] px = new byte[BATCH * Dataset.PIXELS];
    byte[] labels = new byte[BATCH];
    int best = 0;
    double bestCost = -1;
    for (int from = 0; from < data.size(); from += BATCH) {
      int m = Math.min(BATCH, data.size() - from);
      for (int s = 0; s < m; s++) {
        data.copyImageBytes(from + s, px, s * Dataset.PIXELS);
        labels[s] = (byte) data.label(from + s);
      }
      ws.load(Inputs.fromPixels(px, m, Dataset.PIXELS, labels), null, 0, m);
      Backprop.feedforward(net, ws, 0, m);
      for (int s = 0; s < m; s++) {
        double c = Backprop.cost(net, ws, s);
        if (c > THRESHOLD) {
          return new Pick(from + s, Reason.UNSURE, c);
        }
        if (c > bestCost) {
          bestCost = c;
          best = from + s;
        }
      }
    }
    return new Pick(best, Reason.LARGEST_COST, bestCost);
  }
}
