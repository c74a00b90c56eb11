package dev.glassbox.trace.explain;

/** What one stepper step computes, each with the equation it shows. */
public enum StepKind {
  /** a^1 = x: the image enters the network. */
  INPUT(Phase.FORWARD),
  /** z^l = w^l a^{l-1} + b^l. */
  WEIGHTED_INPUT(Phase.FORWARD),
  /** a^l = σ(z^l). */
  ACTIVATION(Phase.FORWARD),
  /** C(a^L, y). */
  COST(Phase.COST),
  /** BP1: δ^L = ∂C/∂z^L. */
  OUTPUT_ERROR(Phase.BACKWARD),
  /** BP2: δ^l = ((w^{l+1})^T δ^{l+1}) ⊙ σ'(z^l). */
  BACKPROP_DELTA(Phase.BACKWARD),
  /** BP3: ∂C/∂b^l_j = δ^l_j. */
  BIAS_GRADIENT(Phase.BACKWARD),
  /** BP4: ∂C/∂w^l_{jk} = a^{l-1}_k δ^l_j. */
  WEIGHT_GRADIENT(Phase.BACKWARD),
  /** w → w - η ∂C/∂w, b → b - η ∂C/∂b. */
  UPDATE(Phase.UPDATE);

  private final Phase phase;

  StepKind(Phase phase) {
    this.phase = phase;
  }

  /** The phase this kind of step belongs to. */
  public Phase phase() {
    return phase;
  }
}
