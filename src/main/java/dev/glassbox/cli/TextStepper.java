package dev.glassbox.cli;

import dev.glassbox.notation.Equation;
import dev.glassbox.trace.Step;
import dev.glassbox.trace.Stepper;
import java.io.PrintWriter;

/**
 * The terminal stepper's text: each step as a few lines, and every step at once; {@link
 * TextSession} steps through them by keys.
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

  private static String where(Step s) {
    String layer = s.layer() == s.trace().outputLayer() ? "output layer " + s.bookLayer()
        : s.layer() == 0 ? "input layer 1" : "layer " + s.bookLayer();
    return s.wholeLayer() ? layer : layer + ", neuron " + s.neuron();
  }

  /** Prints every step without waiting. */
  static void printAll(Stepper st, PrintWriter out) {
    for (int i = 0; i < st.size(); i++) {
      out.print(render(st.seek(i), i, st.size()));
    }
    out.flush();
  }
}
