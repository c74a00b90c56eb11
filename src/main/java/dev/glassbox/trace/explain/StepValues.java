package dev.glassbox.trace.explain;

import dev.glassbox.trace.Trace;

/** The numbers each kind of {@link Step} produced, read from its trace. */
final class StepValues {
  private StepValues() {}

  static double[] of(Step s) {
    Trace t = s.trace();
    int l = s.layer();
    int j = s.neuron();
    return switch (s.kind()) {
      case INPUT -> j < 0 ? t.x() : new double[] {t.a(0, j)};
      case WEIGHTED_INPUT -> j < 0 ? t.z(l) : new double[] {t.z(l, j)};
      case ACTIVATION -> j < 0 ? t.a(l) : new double[] {t.a(l, j)};
      case COST -> new double[] {t.cost()};
      case OUTPUT_ERROR, BACKPROP_DELTA -> j < 0 ? t.delta(l) : new double[] {t.delta(l, j)};
      case BIAS_GRADIENT -> j < 0 ? t.nablaB(l) : new double[] {t.nablaB(l, j)};
      case WEIGHT_GRADIENT -> j < 0 ? t.nablaWBook(l) : t.nablaWRow(l, j);
      case UPDATE -> {
        double[] b = new double[t.size(l)];
        for (int i = 0; i < b.length; i++) {
          b[i] = t.after().bias(l, i);
        }
        yield j < 0 ? b : new double[] {b[j]};
      }
    };
  }
}
