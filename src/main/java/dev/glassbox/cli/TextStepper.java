package dev.glassbox.cli;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Value;
import dev.glassbox.render.stepper.AutoPin;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Lesson;
import dev.glassbox.trace.explain.Num;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.Stepper;
import dev.glassbox.trace.explore.DidItHelp;
import dev.glassbox.trace.explore.RepeatedSteps;
import java.io.PrintWriter;

/**
 * The terminal stepper's text: each step as a few lines, every step at once, and "did it help?"
 * after the update; {@link TextSession} steps through them by keys.
 */
final class TextStepper {
  private TextStepper() {}

  /**
   * One step as a few lines of text: where it is, its equation in symbols, then the same with the
   * trace's numbers, one checked equation per line (the window shows the same lines, typeset).
   */
  static String render(Step s, int index, int total) {
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(index + 1).append('/').append(total).append("] ")
        .append(s.phase().id()).append(" · ").append(where(s)).append('\n');
    sb.append("  equation: ").append(s.equation()).append('\n');
    String label = "  numbers:  ";
    for (Equation e : s.formula().lines()) {
      sb.append(label).append(e.text()).append('\n');
      label = "            ";
    }
    return sb.toString();
  }

  /** One step as {@link #render(Step, int, int)}, then lesson mode's sentences of why, when on. */
  static String render(Stepper st, boolean lesson) {
    String text = render(st.current(), st.index(), st.size());
    if (!lesson) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    for (String sentence : Lesson.sentences(st.current(), AutoPin.at(st))) {
      sb.append("  why:      ").append(sentence).append('\n');
    }
    return sb.toString();
  }

  private static String where(Step s) {
    String layer = s.layer() == s.trace().outputLayer() ? "output layer " + s.bookLayer()
        : s.layer() == 0 ? "input layer 1" : "layer " + s.bookLayer();
    return s.wholeLayer() ? layer : layer + ", neuron " + s.neuron();
  }

  /** Prints every step without waiting (with lesson mode's sentences when on), then "did it help?". */
  static void printAll(Stepper st, PrintWriter out, boolean lesson) {
    for (int i = 0; i < st.size(); i++) {
      st.seek(i);
      out.print(render(st, lesson));
    }
    out.print(afterUpdate(new RepeatedSteps(st.trace())));
    out.flush();
  }

  /**
   * "Did it help?" for the latest SGD step on the image: a^L before and after it, C before → after,
   * the actual ΔC beside the first-order prediction (checked equations) and why they differ, the
   * cost after every step so far, and whether the image is learned.
   */
  static String afterUpdate(RepeatedSteps r) {
    Trace t = r.latest();
    DidItHelp d = r.latestStep();
    StringBuilder sb = new StringBuilder();
    sb.append("did it help? the same image forward again through the updated weights (SGD step ")
        .append(r.steps()).append(" on this image, η = ").append(Num.format(t.eta())).append(", m = 1)\n");
    double[] before = t.output();
    double[] after = t.outputAfter();
    sb.append("  output a^L_j   before      after\n");
    for (int j = 0; j < before.length; j++) {
      String marks = (j == t.label() ? "  ← target y" : "") + (j == t.predictedAfter() ? "  (the answer after)" : "");
      sb.append(String.format("    j = %-7d %-10s  %s%n", j, Value.format(before[j], Value.DEFAULT_DIGITS),
          (Value.format(after[j], Value.DEFAULT_DIGITS) + marks).strip()));
    }
    sb.append("  ").append(d.headline()).append('\n');
    String label = "  numbers:  ";
    for (Equation e : d.formula().lines()) {
      sb.append(label).append(e.text()).append('\n');
      label = "            ";
    }
    sb.append("  (ΔC_pred is the first-order prediction -(η/m) ‖∇C‖², from this pass's gradients, m = 1)\n");
    sb.append("  ").append(d.why()).append('\n');
    sb.append("  C by step: ").append(curve(r)).append('\n');
    sb.append("  ").append(r.status()).append(" z resets the weights.\n");
    return sb.toString();
  }

  // "0: 0.7839 · 1: 0.4818 · ...": C after each step, 0 = the model's weights
  private static String curve(RepeatedSteps r) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s <= r.steps(); s++) {
      sb.append(s == 0 ? "" : " · ").append(s).append(": ").append(Num.format(r.cost(s)));
    }
    return sb.toString();
  }
}
