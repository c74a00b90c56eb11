package dev.glassbox.trace.explain;

import dev.glassbox.trace.Trace;

/** The numbers each kind of {@link Step} produced, read from its trace. */
final class StepValues {
  private StepValues() {}

  static double[] of(Step s) {
    Trace t = s.trace();
    int l = s.layer();
    int j = s.neuron();
    switch (s.kind()) {
      case INPUT:
        return j < 0 ? t.x() : new double[] {t.a(0, j)};
      case WEIGHTED_INPUT:
        return j < 0 ? t.z(l) : new double[] {t.z(l, j)};
      case ACTIVATION:
        return j < 0 ? t.a(l) : new double[] {t.a(l, j)};
      case COST:
        return new double[] {t.cost()};
      case OUTPUT_ERROR:
      case BACKPROP_DELTA:
        return j < 0 ? t.delta(l) : new double[] {t.delta(l, j)};
      case BIAS_GRADIENT:
        return j < 0 ? t.nablaB(l) : new double[] {t.nablaB(l, j)};
      case WEIGHT_GRADIENT:
        return j < 0 ? t.nablaWBook(l) : t.nablaWRow(l, j);
      case UPDATE:
        double[] b = new double[t.size(l)];
        for (int i = 0; i < b.length; i++) {
          b[i] = t.after().bias(l, i);
        }
        return j < 0 ? b : new double[] {b[j]};
      default:
        throw new AssertionError(s.kind());
    }
  }
}
