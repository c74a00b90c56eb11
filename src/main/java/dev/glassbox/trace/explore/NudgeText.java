package dev.glassbox.trace.explore;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Formula;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.explain.Equations;
import dev.glassbox.trace.explain.UpdateText;
import java.util.ArrayList;
import java.util.List;

/**
 * A nudge in equations that check, for the stepper window and {@code glassbox nudge} alike:
 * p' = p + Δp; the actual C' = C + ΔC (the nudged network's own forward pass); backprop's
 * prediction ∂C/∂p Δp; and the ratio of the two. Changes are shown as Δ, so a change too small to
 * move C's shown digits still shows.
 */
public final class NudgeText {
  /** Significant digits of p, p', C and C' (as the update shows a parameter). */
  public static final int DIGITS = UpdateText.PARAMETER_DIGITS;
  /** Agreement within this fraction counts as "agree" in the verdict. */
  public static final double AGREE = 0.01;

  private NudgeText() {}

  /**
   * The fitted lines, a short label and a caption for each: the nudge, the actual change, the
   * prediction and (when the prediction is not 0) actual / predicted; and the verdict.
   */
  public record Comparison(Formula formula, List<String> labels, List<String> captions, String verdict) {
    /** The equations, in order. */
    public List<Equation> lines() {
      return formula.lines();
    }
  }

  /** The comparison of {@code r}. */
  public static Comparison of(Nudge.Result r) {
    Expr p = r.target().symbol();
    Expr dp = Equations.change(p);
    Expr c = Expr.sym("C");
    Expr dc = Equations.change(c);
    Expr grad = Expr.partial(c, p);
    Value old = Value.of(r.before(), DIGITS);
    Value delta = Value.of(r.delta());
    Value cost = Value.of(r.costBefore(), DIGITS);
    Value actual = Value.of(r.actualChange());
    Value gradient = Value.of(r.gradient());
    Value predicted = Value.of(r.predictedChange());
    List<Equation> lines = new ArrayList<>();
    List<String> labels = new ArrayList<>(List.of("nudge", "actual", "predicted", "ratio"));
    List<String> captions = new ArrayList<>();
    lines.add(Equation.of(r.target().primedSymbol(), Expr.plus(p, dp), Expr.plus(old, delta),
        Value.of(r.after(), DIGITS)));
    captions.add("the nudge");
    lines.add(Equation.of(Expr.sym("C'"), Expr.plus(c, dc), Expr.plus(cost, actual), Value.of(r.cost(), DIGITS)));
    captions.add("actual: the network's forward pass run again");
    lines.add(Equation.of(Expr.juxt(grad, dp), Expr.times(gradient, delta), predicted));
    captions.add("predicted: backprop's slope times the nudge");
    if (r.predictedChange() != 0) {
      // ΔC / (∂C/∂p Δp) written flat, on one line, so it reads beside the others
      Expr ratio = Expr.raw("\\Delta C\\,/\\,(\\partial C/\\partial " + p.latex() + "\\;\\Delta " + p.latex() + ")",
          "ΔC/(" + Expr.juxt(grad, dp).text() + ")");
      lines.add(Equation.of(ratio, Expr.frac(actual, predicted), Value.of(r.ratio())));
      captions.add("actual / predicted");
    }
    return new Comparison(Formula.of(lines), List.copyOf(labels.subList(0, lines.size())), List.copyOf(captions),
        verdict(r));
  }

  /** One sentence on what the two numbers say. */
  public static String verdict(Nudge.Result r) {
    String grad = Expr.partial(Expr.sym("C"), r.target().symbol()).text();
    if (r.delta() == 0) {
      return "Nothing nudged yet: Δ = 0.";
    }
    if (r.predictedChange() == 0) {
      return r.actualChange() == 0
          ? grad + " = 0 and C did not move: this number has no effect on this image (what flows through it is 0)."
          : grad + " = 0, yet C moved by " + Value.of(r.actualChange()).text()
              + ": a zero slope only says C is flat right here.";
    }
    if (r.roundOff() > AGREE * Math.abs(r.predictedChange())) {
      return "Too small a change to measure: the predicted ΔC is within the rounding of doubles (±"
          + Value.of(r.roundOff(), 1).text() + "), so C' - C shows the last bits of C, not the slope.";
    }
    double ratio = r.ratio();
    String off = Value.of(100 * Math.abs(ratio - 1), 2).text() + "%";
    if (Math.abs(ratio - 1) <= AGREE && ratio > 0) {
      return "They agree to " + off + ": to a small nudge, C is a straight line of slope " + grad + ".";
    }
    // the slope itself moved: backprop at the nudged value says by how much
    return (ratio < 0 ? "They part: C moved the other way." : "They part by " + off + ":") + " C curves. Its slope is "
        + Value.of(r.gradient()).text() + " at the model's value, " + Value.of(r.gradientAfter()).text()
        + " at the new one.";
  }
}
