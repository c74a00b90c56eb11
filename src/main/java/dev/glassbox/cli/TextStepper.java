package dev.glassbox.cli;

import dev.glassbox.notation.Equation;
import dev.glassbox.trace.Step;
import dev.glassbox.trace.Stepper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The terminal stepper: prints steps as text, either all at once or one at a time driven by keys
 * read line by line (Enter = next, b = back, l = next layer, p = previous layer, q = quit; end of
 * input quits).
 */
final class TextStepper {
  static final String KEYS = "Enter next · b back · l next layer · p previous layer · q quit";

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

  /** Steps interactively: one key per line from {@code in}; end of input quits. */
  static void interactive(Stepper st, BufferedReader in, PrintWriter out) throws IOException {
    out.println(KEYS);
    out.print(render(st.current(), st.index(), st.size()));
    while (true) {
      out.print("> ");
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println();
        break;
      }
      String key = line.trim().toLowerCase(java.util.Locale.ROOT);
      int before = st.index();
      if (key.equals("q")) {
        break;
      } else if (key.isEmpty()) {
        st.next();
      } else if (key.equals("b")) {
        st.back();
      } else if (key.equals("l")) {
        st.nextLayer();
      } else if (key.equals("p")) {
        st.previousLayer();
      } else {
        out.println("keys: " + KEYS);
        continue;
      }
      if (st.index() == before) {
        out.println(before == 0 ? "(at the first step)" : "(at the last step: b to go back, q to quit)");
        continue;
      }
      out.print(render(st.current(), st.index(), st.size()));
    }
    out.flush();
  }
}
