package dev.glassbox.trace.explain;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Formula;
import dev.glassbox.trace.Trace;

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
  private volatile Formula formula;

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

  /** A short name of the quantity as text, e.g. {@code z²₃}, {@code δ³}, {@code C}. */
  public String symbol() {
    return Equations.symbol(this).text();
  }

  /** The quantity's symbol as an expression (for typesetting). */
  public Expr symbolExpr() {
    return Equations.symbol(this);
  }

  /** The equation in Nielsen's notation as text, e.g. {@code z²₃ = Σₖ w²₃ₖ a¹ₖ + b²₃}. */
  public String equation() {
    return symbolic().text();
  }

  /** The equation in Nielsen's notation, in symbols (for typesetting). */
  public Equation symbolic() {
    return Equations.equation(this);
  }

  /**
   * The equation with the trace's numbers, as one or more lines that each re-evaluate, from the
   * digits they show, to the result they show; the last number is the one the training code
   * computed. Built once, on first use.
   */
  public Formula formula() {
    Formula f = formula;
    if (f == null) {
      f = Equations.formula(this);
      formula = f;
    }
    return f;
  }

  /** {@link #formula()} as one line of text, its lines joined by "; ". */
  public String substituted() {
    return formula().text().replace("\n", "; ");
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
