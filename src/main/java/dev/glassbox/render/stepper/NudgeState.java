package dev.glassbox.render.stepper;

import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.StepKind;
import dev.glassbox.trace.explore.Nudge;
import dev.glassbox.trace.explore.NudgeText;
import java.util.Locale;

/**
 * The stepper's nudge mode: which number is nudged (a weight or the bias of the pinned neuron, or
 * an input pixel), its value now, the slider's mapping and the value being typed. A nudge shows
 * the {@link Nudge} result's trace in the {@link StepperState}, so every view recomputes live; the
 * model's own trace comes back on undo, close, or when another image is loaded (which drops the
 * nudge). Holds no Processing objects: the window, the PNG renderer and the tests share it.
 */
public final class NudgeState {
  /** The nudge Δ at either end of the slider for a weight or a bias (finer near 0: Δ = RANGE s³). */
  public static final double RANGE = 3;
  /** How far one notch of the mouse wheel moves the slider (of its half-width 1). */
  public static final double WHEEL_STEP = 0.02;

  private boolean open;
  private Trace original;
  private Nudge.Target target;
  private Nudge.Result result;
  private NudgeText.Comparison comparison;
  private final StringBuilder typed = new StringBuilder();
  private String typingError;

  /** Whether nudge mode is open. */
  public boolean open() {
    return open;
  }

  /** The number nudged (null when closed). */
  public Nudge.Target target() {
    return target;
  }

  /** The nudge now, or null while the number has the model's value. */
  public Nudge.Result result() {
    return result;
  }

  /** The comparison of {@link #result()} (cached), or null. */
  public NudgeText.Comparison comparison() {
    if (result != null && comparison == null) {
      comparison = NudgeText.of(result);
    }
    return comparison;
  }

  /** The model's own trace of the image (null when closed). */
  public Trace original() {
    return original;
  }

  /** The model's value of the target. */
  public double modelValue() {
    return target.valueIn(original);
  }

  /** The target's value now (the model's, or the nudged one). */
  public double value() {
    return result == null ? modelValue() : result.after();
  }

  /** The value typed so far (empty when none). */
  public String typed() {
    return typed.toString();
  }

  /** Why the last Enter did nothing ("not a number"), or null. */
  public String typingError() {
    return typingError;
  }

  /**
   * Opens nudge mode on the state's image: the pinned neuron's incoming weight of largest
   * |∂C/∂w| (the one "check it" checks), or without a pin the pixel of largest |∂C/∂x|. The pin
   * becomes the learner's own, so it stays while the cursor moves.
   */
  public void open(StepperState s) {
    open = true;
    original = s.trace();
    result = null;
    comparison = null;
    typed.setLength(0);
    typingError = null;
    if (s.pinned()) {
      s.pin(s.pinLayer(), s.pinNeuron());
    }
    target = defaultTarget(s);
    revealGradient(s);
  }

  /** Undoes the nudge and closes the mode. */
  public void close(StepperState s) {
    undo(s);
    open = false;
    original = null;
    target = null;
    typed.setLength(0);
    typingError = null;
  }

  /** Puts the model's own value back (the model file is never touched). */
  public void undo(StepperState s) {
    if (result != null) {
      result = null;
      comparison = null;
      s.replaceTrace(original);
    }
  }

  /** Nudges something else (undoing the current nudge first). */
  public void select(StepperState s, Nudge.Target t) {
    if (t.equals(target)) {
      return;
    }
    undo(s);
    target = t;
    revealGradient(s);
  }

  /** Sets the target to {@code value}; the model's own value undoes the nudge. */
  public void set(StepperState s, double value) {
    if (!open || !Double.isFinite(value)) {
      return;
    }
    if (value == modelValue()) {
      undo(s);
      return;
    }
    result = Nudge.to(original, target, value);
    comparison = null;
    s.replaceTrace(result.nudged());
  }

  /**
   * Keeps the mode in step with the state: another image (or a drawing) has been loaded, so the
   * nudge is gone and a new target is picked; or the learner pinned another neuron, whose weight
   * (or bias) is nudged instead.
   */
  public void sync(StepperState s) {
    if (!open) {
      return;
    }
    Trace shown = result != null ? result.nudged() : original;
    if (s.trace() != shown) {
      original = s.trace();
      result = null;
      comparison = null;
      typed.setLength(0);
      // the same kind of number on the new image: its pixel of largest |∂C/∂x|, or the pinned neuron's
      Nudge.Kind kind = target.kind();
      target = null;
      target = of(s, kind);
      return;
    }
    boolean neuron = target.kind() != Nudge.Kind.PIXEL;
    if (neuron && s.pinned() && (s.pinLayer() != target.layer() || s.pinNeuron() != target.j())) {
      select(s, target.kind() == Nudge.Kind.BIAS ? Nudge.Target.bias(s.pinLayer(), s.pinNeuron())
          : Nudge.Target.weight(s.pinLayer(), s.pinNeuron(), s.checkedInput()));
    }
  }

  /** Weight, bias, pixel, weight, ...: the next kind (weights and biases of the pinned neuron). */
  public void nextKind(StepperState s) {
    Nudge.Kind k = target.kind().next();
    if (k != Nudge.Kind.PIXEL && !s.pinned()) {
      k = Nudge.Kind.PIXEL;
    }
    select(s, of(s, k));
  }

  /**
   * The target of kind {@code k} for the state: the current one if it is of that kind, else the
   * pinned neuron's (its weight "check it" checks) or the pixel of largest |∂C/∂x|.
   */
  public Nudge.Target of(StepperState s, Nudge.Kind k) {
    if (target != null && target.kind() == k) {
      return target;
    }
    if (k == Nudge.Kind.PIXEL || !s.pinned()) {
      return Nudge.Target.pixel(steepestPixel(s));
    }
    return k == Nudge.Kind.BIAS ? Nudge.Target.bias(s.pinLayer(), s.pinNeuron())
        : Nudge.Target.weight(s.pinLayer(), s.pinNeuron(), s.checkedInput());
  }

  private Nudge.Target defaultTarget(StepperState s) {
    return s.pinned() ? Nudge.Target.weight(s.pinLayer(), s.pinNeuron(), s.checkedInput())
        : Nudge.Target.pixel(steepestPixel(s));
  }

  private static int steepestPixel(StepperState s) {
    double[] g = s.trace().inputGradient();
    int best = 0;
    for (int k = 1; k < g.length; k++) {
      best = Math.abs(g[k]) > Math.abs(g[best]) ? k : best;
    }
    return best;
  }

  /**
   * The prediction needs ∂C/∂p, which the backward pass computes: if the cursor has not reached
   * that step yet, it moves there (nothing is shown before it is computed).
   */
  private void revealGradient(StepperState s) {
    int step = gradientStep(s);
    if (s.cursor() < step && step != Integer.MAX_VALUE) {
      s.setPlaying(false);
      s.seek(step);
    }
  }

  /** The step that computes the target's ∂C/∂p (for a pixel: the last δ of the first hidden layer). */
  public int gradientStep(StepperState s) {
    StepIndex idx = s.index();
    return switch (target.kind()) {
      case WEIGHT -> idx.stepOf(StepKind.WEIGHT_GRADIENT, target.layer(), target.j());
      case BIAS -> idx.stepOf(StepKind.BIAS_GRADIENT, target.layer(), target.j());
      case PIXEL -> {
        int last = 0;
        for (int j = 0; j < s.trace().size(1); j++) {
          last = Math.max(last, Math.min(idx.stepOf(StepKind.OUTPUT_ERROR, 1, j), idx.stepOf(StepKind.BACKPROP_DELTA, 1, j)));
        }
        yield last;
      }
    };
  }

  // ---- the slider: position -1 .. 1 ----

  /** Whether the target is a pixel, whose slider runs over the ink 0 .. 1 instead of Δ. */
  private boolean pixel() {
    return target.kind() == Nudge.Kind.PIXEL;
  }

  /** The value at slider position {@code s} (-1 .. 1). */
  public double valueAt(double s) {
    double c = Math.max(-1, Math.min(1, s));
    return pixel() ? (c + 1) / 2 : modelValue() + RANGE * c * c * c;
  }

  /** The slider position (-1 .. 1, clamped) of {@code value}. */
  public double positionOf(double value) {
    double p = pixel() ? 2 * value - 1 : Math.cbrt((value - modelValue()) / RANGE);
    return Math.max(-1, Math.min(1, p));
  }

  /** Moves the slider by {@code notches} of the mouse wheel. */
  public void wheel(StepperState s, double notches) {
    set(s, valueAt(positionOf(value()) + notches * WHEEL_STEP));
  }

  // ---- typing a value ----

  /** Takes a typed character of a number (digits, '.', '-', '+', 'e'); false for any other. */
  public boolean type(char c) {
    boolean number = Character.isDigit(c) || c == '.' || c == '-' || c == '+'
        || ((c == 'e' || c == 'E') && typed.length() > 0);
    if (number && typed.length() < 24) {
      typed.append(Character.toLowerCase(c));
      typingError = null;
    }
    return number;
  }

  /** Deletes the last typed character; false when nothing was typed. */
  public boolean backspace() {
    if (typed.length() == 0) {
      return false;
    }
    typed.setLength(typed.length() - 1);
    typingError = null;
    return true;
  }

  /** Clears the typed value; false when nothing was typed. */
  public boolean clearTyped() {
    boolean had = typed.length() > 0;
    typed.setLength(0);
    typingError = null;
    return had;
  }

  /** Sets the typed value (Enter); false when nothing was typed. */
  public boolean enter(StepperState s) {
    if (typed.length() == 0) {
      return false;
    }
    try {
      double v = Double.parseDouble(typed.toString());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      set(s, v);
      typed.setLength(0);
    } catch (NumberFormatException e) {
      typingError = "\"" + typed + "\" is not a number";
    }
    return true;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "nudge %s %s = %s", open ? "open" : "closed", target, open ? value() : "");
  }
}
