package dev.glassbox.trace;

/**
 * One atomic step of the stepper: one quantity (z, a, C, δ, ∂C/∂b, ∂C/∂w, the update) of one layer
 * or one neuron, with its equation in Nielsen's notation, the same equation with the trace's numbers
 * substituted, and the values it produced. Immutable; the texts are built on demand from the trace,
 * so a list of thousands of steps costs little.
 *
 * <p>{@link #values()} per kind: INPUT x; WEIGHTED_INPUT z; ACTIVATION a; COST {C}; OUTPUT_ERROR and
 * BACKPROP_DELTA δ; BIAS_GRADIENT ∂C/∂b; WEIGHT_GRADIENT ∂C/∂w^l (layer: book order, out × in
 * row-major; neuron j: its row ∂C/∂w^l_{j·} indexed by k); UPDATE the biases b^l after the step.
 * For a neuron step the first three kinds hold one value.
 */
public final class Step {
  private final Trace trace;
  private final StepKind kind;
  private final int layer;
  private final int neuron;

  Step(Trace trace, StepKind kind, int layer, int neuron) {
    this.trace = trace;
    this.kind = kind;
    this.layer = layer;
    this.neuron = neuron;
  }

  /** What this step computes. */
  public StepKind kind() {
    return kind;
  }

  /** Forward, cost, backward or update. */
  public Phase phase() {
    return kind.phase();
  }

  /** The layer, in the code's numbering (0 = input). */
  public int layer() {
    return layer;
  }

  /** The layer as the book numbers it (input = 1): what displays show as a superscript. */
  public int bookLayer() {
    return layer + 1;
  }

  /** The neuron j this step concerns, or -1 for the whole layer. */
  public int neuron() {
    return neuron;
  }

  /** Whether the step concerns a whole layer rather than one neuron. */
  public boolean wholeLayer() {
    return neuron < 0;
  }

  /** The trace this step reads its numbers from. */
  public Trace trace() {
    return trace;
  }

  /** A short name of the quantity, e.g. {@code z^2_3}, {@code δ^3}, {@code C}. */
  public String symbol() {
    return Equations.symbol(this);
  }

  /** The equation in Nielsen's notation, e.g. {@code z^2_3 = Σ_k w^2_3k a^1_k + b^2_3}. */
  public String equation() {
    return Equations.equation(this);
  }

  /** The equation with the trace's numbers substituted, ending in the value it produced. */
  public String substituted() {
    return Equations.substituted(this);
  }

  /** The values this step produced (a new array; see the class comment for each kind). */
  public double[] values() {
    return StepValues.of(this);
  }

  /** The single value of a neuron step (z_j, a_j, δ_j, ∂C/∂b_j) or of the cost, else NaN. */
  public double value() {
    double[] v = values();
    return v.length == 1 ? v[0] : Double.NaN;
  }

  @Override
  public String toString() {
    return phase().id() + " " + symbol() + ": " + equation();
  }
}
