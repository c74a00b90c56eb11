package dev.glassbox.render.stepper;

import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import java.util.PriorityQueue;

/**
 * The few edges worth drawing, chosen once per trace so a frame draws only them: for each layer l
 * the strongest forward contributions |w^l_{jk} a^{l-1}_k|, the strongest backward messages
 * |w^l_{jk} δ^l_j|, the largest gradients |∂C/∂w^l_{jk}| and the largest changes of the update.
 * Each set is a list of (j, k) pairs, strongest first.
 */
public final class EdgeSets {
  /** Which quantity ranks the edges. */
  public enum Kind {
    /** |w a|: what the edge adds to z. */
    FORWARD,
    /** |w δ|: what the edge carries back in BP2. */
    BACKWARD,
    /** |∂C/∂w| (BP4). */
    GRADIENT,
    /** |w after - w before|: the update. */
    UPDATE
  }

  /** A list of edges into one layer: {@code j[i]} in layer l, {@code k[i]} in layer l-1. */
  public record Edges(int[] j, int[] k) {
    /** Number of edges. */
    public int size() {
      return j.length;
    }
  }

  private final Edges[][] sets;

  /**
   * @param t the trace (not modified)
   * @param firstLayer edges kept into layer 1 (from the 784 pixels)
   * @param otherLayers edges kept into each later layer
   */
  public EdgeSets(Trace t, int firstLayer, int otherLayers) {
    int layers = t.layers();
    sets = new Edges[Kind.values().length][layers];
    ParameterView before = t.before();
    ParameterView after = t.after();
    for (int l = 1; l < layers; l++) {
      int keep = l == 1 ? firstLayer : otherLayers;
      final int layer = l;
      double[] a = t.a(l - 1);
      double[] d = t.delta(l);
      sets[Kind.FORWARD.ordinal()][l] = top(t, l, keep, (j, k) -> before.weight(layer, j, k) * a[k]);
      sets[Kind.BACKWARD.ordinal()][l] = top(t, l, keep, (j, k) -> before.weight(layer, j, k) * d[j]);
      sets[Kind.GRADIENT.ordinal()][l] = top(t, l, keep, (j, k) -> t.nablaW(layer, j, k));
      sets[Kind.UPDATE.ordinal()][l] =
          top(t, l, keep, (j, k) -> after.weight(layer, j, k) - before.weight(layer, j, k));
    }
  }

  /** The chosen edges of {@code kind} into layer l (l ≥ 1). */
  public Edges get(Kind kind, int l) {
    return sets[kind.ordinal()][l];
  }

  /** The {@code keep} incoming weights of neuron j of layer l with the largest |w|, largest first. */
  public static int[] topIncoming(ParameterView w, int l, int j, int keep) {
    int in = w.size(l - 1);
    Integer[] order = new Integer[in];
    for (int k = 0; k < in; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(w.weight(l, j, b)), Math.abs(w.weight(l, j, a))));
    int n = Math.min(keep, in);
    int[] ks = new int[n];
    for (int i = 0; i < n; i++) {
      ks[i] = order[i];
    }
    return ks;
  }

  /** A score of edge (j, k). */
  interface Score {
    double of(int j, int k);
  }

  // the keep edges of largest |score|, strongest first (zeros left out)
  static Edges top(Trace t, int l, int keep, Score score) {
    PriorityQueue<double[]> heap = new PriorityQueue<>(keep + 1, (x, y) -> Double.compare(x[0], y[0]));
    for (int j = 0; j < t.size(l); j++) {
      for (int k = 0; k < t.size(l - 1); k++) {
        double m = Math.abs(score.of(j, k));
        if (!(m > 0)) {
          continue;
        }
        if (heap.size() < keep) {
          heap.add(new double[] {m, j, k});
        } else if (m > heap.peek()[0]) {
          heap.poll();
          heap.add(new double[] {m, j, k});
        }
      }
    }
    int n = heap.size();
    int[] js = new int[n];
    int[] ks = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      double[] e = heap.poll();
      js[i] = (int) e[1];
      ks[i] = (int) e[2];
    }
    return new Edges(js, ks);
  }
}
