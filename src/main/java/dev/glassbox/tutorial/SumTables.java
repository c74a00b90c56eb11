package dev.glassbox.tutorial;

import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Num;

/** The long sums of the forward pass and of BP2 written out as Markdown tables, from a trace. */
final class SumTables {
  private SumTables() {}

  /**
   * z^l_j = Σ_k w^l_{jk} a^{l-1}_k + b^l_j by its {@code n} largest terms, then the rest, the bias
   * and the total (code layer l; the table uses the book's numbers).
   */
  static String forward(Trace t, int l, int j, int n) {
    ParameterView w = t.before();
    int bl = l + 1;
    int[] top = Picks.largestTerms(t, l, j, n);
    StringBuilder sb = new StringBuilder();
    sb.append("| k | `a^").append(bl - 1).append("_k` | `w^").append(bl).append("_{").append(j)
        .append(",k}` | `w × a` |\n|---:|---:|---:|---:|\n");
    double shown = 0;
    for (int k : top) {
      double term = w.weight(l, j, k) * t.a(l - 1, k);
      shown += term;
      sb.append("| ").append(k).append(" | ").append(Num.format(t.a(l - 1, k))).append(" | ")
          .append(Num.format(w.weight(l, j, k))).append(" | ").append(Num.format(term)).append(" |\n");
    }
    double all = 0;
    int nonZero = 0;
    for (int k = 0; k < t.size(l - 1); k++) {
      all += w.weight(l, j, k) * t.a(l - 1, k);
      nonZero += t.a(l - 1, k) != 0 ? 1 : 0;
    }
    int rest = t.size(l - 1) - top.length;
    sb.append("| the other ").append(rest).append(" terms | | | ").append(Num.format(all - shown))
        .append(" |\n");
    sb.append("| + bias `b^").append(bl).append("_").append(j).append("` | | | ")
        .append(Num.format(w.bias(l, j))).append(" |\n");
    sb.append("| **= `z^").append(bl).append("_").append(j).append("`** | | | **")
        .append(Num.format(t.z(l, j))).append("** |");
    if (l == 1) {
      sb.append("\n\n(").append(nonZero).append(" of the ").append(t.size(0))
          .append(" pixels are not 0; the other terms are exactly 0.)");
    }
    return sb.toString();
  }

  /** BP2's sum Σ_k w^{l+1}_{kj} δ^{l+1}_k for neuron j of code layer l, term by term. */
  static String backward(Trace t, int l, int j) {
    ParameterView w = t.before();
    int bl = l + 1;
    StringBuilder sb = new StringBuilder();
    sb.append("| k | `w^").append(bl + 1).append("_{k,").append(j).append("}` | `δ^").append(bl + 1)
        .append("_k` | `w × δ` |\n|---:|---:|---:|---:|\n");
    double sum = 0;
    for (int k = 0; k < t.size(l + 1); k++) {
      double term = w.weight(l + 1, k, j) * t.delta(l + 1, k);
      sum += term;
      sb.append("| ").append(k).append(" | ").append(Num.format(w.weight(l + 1, k, j))).append(" | ")
          .append(Num.format(t.delta(l + 1, k))).append(" | ").append(Num.format(term)).append(" |\n");
    }
    sb.append("| **Σ** | | | **").append(Num.format(sum)).append("** |");
    return sb.toString();
  }
}
