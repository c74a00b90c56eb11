package dev.glassbox.tutorial;

import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;

/**
 * Which neurons and terms a tutorial talks about, chosen from the trace's numbers (never typed by
 * hand), so the prose stays true when the model changes. Layers in the code's numbering.
 */
final class Picks {
  private Picks() {}

  /** The neuron of the first hidden layer with the largest |δ|: the one BP2 blames most. */
  static int mostBlamedHidden(Trace t) {
    return argmaxAbs(t.delta(1), -1);
  }

  /**
   * The neuron of the first hidden layer, other than {@code except}, whose term w^L_{yj} a_j in the
   * correct output's z is the largest (pushes hardest towards the right answer).
   */
  static int strongestOtherVoter(Trace t, int except) {
    int out = t.outputLayer();
    ParameterView w = t.before();
    double[] term = new double[t.size(1)];
    for (int j = 0; j < term.length; j++) {
      // only meaningful for a two-layer network's hidden layer; deeper ones use the layer above
      term[j] = out == 2 ? w.weight(2, t.label(), j) * t.a(1, j) : t.a(1, j);
    }
    int best = -1;
    for (int j = 0; j < term.length; j++) {
      if (j != except && (best < 0 || term[j] > term[best])) {
        best = j;
      }
    }
    return best;
  }

  /** The output neuron with the second largest activation. */
  static int runnerUp(Trace t) {
    double[] a = t.output();
    int first = t.predicted();
    int second = -1;
    for (int j = 0; j < a.length; j++) {
      if (j != first && (second < 0 || a[j] > a[second])) {
        second = j;
      }
    }
    return second;
  }

  /** k of the {@code rank}-th (1-based) largest |w^l_{jk} a^{l-1}_k| in z^l_j (ties: smaller k). */
  static int term(Trace t, int l, int j, int rank) {
    return largestTerms(t, l, j, rank)[rank - 1];
  }

  /** The k of the {@code n} largest |w^l_{jk} a^{l-1}_k|, largest first (ties: smaller k first). */
  static int[] largestTerms(Trace t, int l, int j, int n) {
    ParameterView w = t.before();
    int in = t.size(l - 1);
    Integer[] k = new Integer[in];
    for (int i = 0; i < in; i++) {
      k[i] = i;
    }
    java.util.Arrays.sort(k, (p, q) -> Double.compare(
        Math.abs(w.weight(l, j, q) * t.a(l - 1, q)), Math.abs(w.weight(l, j, p) * t.a(l - 1, p))));
    int[] top = new int[Math.min(n, in)];
    for (int i = 0; i < top.length; i++) {
      top[i] = k[i];
    }
    return top;
  }

  private static int argmaxAbs(double[] v, int except) {
    int best = -1;
    for (int j = 0; j < v.length; j++) {
      if (j != except && (best < 0 || Math.abs(v[j]) > Math.abs(v[best]))) {
        best = j;
      }
    }
    return best;
  }
}
