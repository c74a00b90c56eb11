package dev.glassbox.trace.explain;

/** How fine the stepper cuts a trace: one step per layer, or one per neuron. */
public enum Granularity {
  /** One step per layer and quantity (z^l, a^l, δ^l, ...). */
  PER_LAYER,
  /** One step per neuron and quantity (z^l_j, a^l_j, δ^l_j, ...); the update stays per layer. */
  PER_NEURON;

  /** Parses "layer" or "neuron" (or the enum names). */
  public static Granularity parse(String s) {
    String t = s.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("layer") || t.equals("per_layer") || t.equals("per-layer")) {
      return PER_LAYER;
    }
    if (t.equals("neuron") || t.equals("per_neuron") || t.equals("per-neuron")) {
      return PER_NEURON;
    }
    throw new IllegalArgumentException("unknown granularity \"" + s + "\" (expected layer or neuron)");
  }
}
