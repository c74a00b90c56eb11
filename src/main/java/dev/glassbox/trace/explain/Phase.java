package dev.glassbox.trace.explain;

/** The four parts of one training step on one sample, in the order they happen. */
public enum Phase {
  /** z^l = w^l a^{l-1} + b^l, a^l = σ(z^l). */
  FORWARD,
  /** C(a^L, y). */
  COST,
  /** δ^l (BP1, BP2) and the gradients ∂C/∂b, ∂C/∂w (BP3, BP4). */
  BACKWARD,
  /** w → w - η ∂C/∂w, b → b - η ∂C/∂b. */
  UPDATE;

  /** Lower-case name for displays. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
