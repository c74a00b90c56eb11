package dev.glassbox.cli;

import dev.glassbox.render.stepper.AutoPin;
import dev.glassbox.render.stepper.BatchState;
import dev.glassbox.render.stepper.StepperAction;
import dev.glassbox.sketch.TraceSource;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.explain.BatchText;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.Stepper;
import dev.glassbox.trace.explore.RepeatedSteps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The terminal stepper's key loop ({@code step --text}): reads one key per line and does what the
 * window does for the same key, from the one table {@link StepperAction} (an empty line is Enter,
 * arrow keys arrive as their escape sequences); end of input quits.
 */
final class TextSession {
  private final TraceSource source;
  private final PrintWriter out;
  private final SplittableRandom random = new SplittableRandom();
  private Granularity granularity;
  private int image;
  private Stepper st;
  private RepeatedSteps repeats;
  private boolean lesson;

  private TextSession(TraceSource source, int image, Stepper st, PrintWriter out) {
    this.source = source;
    this.image = image;
    this.st = st;
    this.repeats = new RepeatedSteps(st.trace());
    this.granularity = st.granularity();
    this.out = out;
  }

  /** The first line printed for an image: its title, the prediction, the model and the step count. */
  static String header(TraceSource source, int image, Stepper st) {
    return source.title(image) + " (predicted " + st.trace().predicted() + "), model: "
        + source.modelNote() + ", " + st.size() + " steps";
  }

  /** The terminal's keys in one line, from the table, e.g. "→ or Enter step ▶ · ← or b ◀ step · ...". */
  static String keysLine() {
    List<String> parts = new ArrayList<>();
    for (StepperAction a : StepperAction.values()) {
      if (a.inTerminal()) {
        parts.add(a.key() + " " + a.label());
      }
    }
    return "keys (one per line): " + String.join(" · ", parts);
  }

  /** The action of one line of input (see the class comment), or null for an unknown key. */
  static StepperAction action(String line) {
    int esc = line.indexOf("\u001b[");
    if (esc >= 0 && esc + 2 < line.length()) {
      return switch (line.charAt(esc + 2)) {
        case 'A' -> StepperAction.forKey(StepperAction.UP);
        case 'B' -> StepperAction.forKey(StepperAction.DOWN);
        case 'C' -> StepperAction.forKey(StepperAction.RIGHT);
        case 'D' -> StepperAction.forKey(StepperAction.LEFT);
        default -> null;
      };
    }
    String k = line.trim();
    if (k.isEmpty()) {
      return StepperAction.forKey(StepperAction.ENTER);
    }
    return k.length() == 1 ? StepperAction.forKey(k) : null;
  }

  /**
   * Steps through image {@code image} of {@code source} (its steps {@code st}, cursor where it is)
   * and on to other images by keys from {@code in}, until q or end of input.
   */
  static void run(TraceSource source, int image, Stepper st, BufferedReader in, PrintWriter out)
      throws IOException {
    run(source, image, st, in, out, false);
  }

  /** As {@link #run(TraceSource, int, Stepper, BufferedReader, PrintWriter)}, in lesson mode from the start when {@code lesson}. */
  static void run(TraceSource source, int image, Stepper st, BufferedReader in, PrintWriter out, boolean lesson)
      throws IOException {
    TextSession session = new TextSession(source, image, st, out);
    session.lesson = lesson;
    session.loop(in);
  }

  private void loop(BufferedReader in) throws IOException {
    out.println(keysLine());
    out.print(TextStepper.render(st, lesson));
    while (true) {
      out.print("> ");
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println();
        break;
      }
      StepperAction a = action(line);
      if (a == null) {
        out.println("unknown key \"" + line.trim() + "\"; " + keysLine());
      } else if (a == StepperAction.QUIT) {
        break;
      } else {
        apply(a);
      }
    }
    out.flush();
  }

  // a switch expression: a new action in the table must be handled (or refused) here
  private void apply(StepperAction a) {
    Runnable r = switch (a) {
      case NEXT -> () -> move(st.index() + 1);
      case BACK -> () -> move(st.index() - 1);
      case LAYER_NEXT -> () -> move(probe(Stepper::nextLayer));
      case LAYER_BACK -> () -> move(probe(Stepper::previousLayer));
      case FIRST_IMAGE -> () -> show(0);
      case NEXT_IMAGE -> () -> show((image + 1) % source.size());
      case PREVIOUS_IMAGE -> () -> show((image - 1 + source.size()) % source.size());
      case RANDOM_IMAGE -> () -> show(random.nextInt(source.size()));
      case MISCLASSIFIED -> () -> show(source.nextMisclassified(image));
      case GRANULARITY -> this::toggleGranularity;
      case REPEAT -> this::repeat;
      case RESET -> this::reset;
      case LESSON -> this::toggleLesson;
      case MINI_BATCH -> this::miniBatch;
      case HELP -> this::help;
      case QUIT -> () -> { };
      case PLAY, SLOWER, FASTER, DRAW, CHECK, INPUT_GRADIENT -> () -> out.println(
          "\"" + a.key() + "\" (" + a.description() + ") is only in the window; h for the terminal's keys");
      case NUDGE, UNDO_NUDGE -> () -> out.println("\"" + a.key() + "\" (" + a.label() + ") is only in the window;"
          + " glassbox nudge --image " + st.trace().sampleIndex() + " --weight L:J:K --by D prints the same comparison");
    };
    r.run();
  }

  // where a Stepper move would take the cursor, without moving it
  private int probe(java.util.function.Function<Stepper, Step> move) {
    int from = st.index();
    move.apply(st);
    int to = st.index();
    st.seek(from);
    return to;
  }

  private void move(int to) {
    int before = st.index();
    st.seek(to);
    if (st.index() == before) {
      if (before == 0) {
        out.println("(at the first step)");
      } else {
        // past the last step: did the update help?
        out.print(TextStepper.afterUpdate(repeats));
        out.println("(at the last step: r one more SGD step, b to go back, n for the next image, q to quit)");
      }
      return;
    }
    out.print(TextStepper.render(st, lesson));
  }

  private void show(int index) {
    if (index < 0) {
      out.println("(the network gets every image right)");
      return;
    }
    image = index;
    st = new Stepper(source.trace(index), granularity);
    repeats = new RepeatedSteps(st.trace());
    out.println(header(source, image, st));
    out.print(TextStepper.render(st, lesson));
  }

  // one more SGD step on this image: its trace through the latest weights, on its last step
  private void repeat() {
    st = new Stepper(repeats.repeat(), granularity);
    st.seek(st.size() - 1);
    out.println("SGD step " + repeats.steps() + " on this image: its " + st.size() + " steps, through the weights"
        + " the last step left; on its update now (b steps back through it)");
    out.print(TextStepper.afterUpdate(repeats));
  }

  // back to the model's weights: the image's first trace, the cursor where it was
  private void reset() {
    int at = st.index();
    st = new Stepper(repeats.reset(), granularity);
    st.seek(at);
    out.println("weights reset to the model's (the model file is never changed): C = "
        + dev.glassbox.trace.explain.Num.format(st.trace().cost()) + " again");
    out.print(TextStepper.render(st, lesson));
  }

  // per layer ↔ per neuron, staying on the same kind of step of the same layer
  private void toggleGranularity() {
    Step cur = st.current();
    granularity = granularity == Granularity.PER_LAYER ? Granularity.PER_NEURON : Granularity.PER_LAYER;
    Stepper next = new Stepper(st.trace(), granularity);
    for (int i = 0; i < next.size(); i++) {
      Step s = next.steps().get(i);
      if (s.kind() == cur.kind() && s.layer() == cur.layer()) {
        next.seek(i);
        break;
      }
    }
    st = next;
    out.println((granularity == Granularity.PER_LAYER ? "per layer: " : "per neuron: ") + st.size() + " steps");
    out.print(TextStepper.render(st, lesson));
  }

  // lesson mode: sentences of why under every step, from now on
  private void toggleLesson() {
    lesson = !lesson;
    out.println(lesson ? "lesson mode: why each step is computed, under its numbers (t again: off)"
        : "lesson mode off");
    out.print(TextStepper.render(st, lesson));
  }

  // the mini-batch of the images from this one on, through the weights shown, for the neuron the window would pin
  private void miniBatch() {
    MiniBatch b = source.batch(st.trace().networkBefore(), image, BatchState.DEFAULT_M);
    int[] pin = AutoPin.at(st);
    int[] lj = pin != null ? pin : BatchText.defaultNeuron(b);
    out.print(BatchText.text(b, BatchText.of(b, lj[0], lj[1], BatchText.defaultInput(b, lj[0], lj[1])),
        source.setName()));
  }

  private void help() {
    for (StepperAction a : StepperAction.values()) {
      if (a.inTerminal()) {
        out.printf("  %-14s %s%n", a.key(), a.description());
      }
    }
    List<String> window = new ArrayList<>();
    for (StepperAction a : StepperAction.values()) {
      if (!a.inTerminal()) {
        window.add(a.key() + " " + a.label());
      }
    }
    out.println("  in the window only: " + String.join(" · ", window));
  }
}
