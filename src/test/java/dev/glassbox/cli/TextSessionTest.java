package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.render.stepper.StepperAction;
import dev.glassbox.sketch.TinySources;
import dev.glassbox.sketch.TraceSource;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Stepper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The terminal stepper answers every key of the table (fed as lines of a fake stdin) the way the
 * window does; window-only keys say so. A synthetic 784,6,10 network over 5 random images, opened
 * on image 2: its 14 per-layer steps are input, z²a², z³a³, cost, BP1, BP2, BP3/BP4 twice, 2 updates.
 */
class TextSessionTest {
  private static final TraceSource SOURCE = TinySources.source(TinySources.images("test", 5, 7));

  private static String run(String input) throws Exception {
    StringWriter out = new StringWriter();
    Stepper st = new Stepper(SOURCE.trace(2), Granularity.PER_LAYER);
    TextSession.run(SOURCE, 2, st, new BufferedReader(new StringReader(input)), new PrintWriter(out));
    return out.toString();
  }

  // one line typed for a key of the table: Enter is an empty line, arrows their escape sequences
  private static String line(String key) {
    return switch (key) {
      case StepperAction.ENTER -> "";
      case StepperAction.RIGHT -> "\u001b[C";
      case StepperAction.LEFT -> "\u001b[D";
      case StepperAction.UP -> "\u001b[A";
      case StepperAction.DOWN -> "\u001b[B";
      case StepperAction.SPACE -> " ";
      default -> key;
    };
  }

  private static List<Integer> steps(String text) {
    List<Integer> h = new ArrayList<>();
    Matcher m = Pattern.compile("^(?:> )*\\[(\\d+)/\\d+\\]", Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      h.add(Integer.parseInt(m.group(1)));
    }
    return h;
  }

  private static int last(List<Integer> steps) {
    return steps.get(steps.size() - 1);
  }

  @Test
  void everyTerminalKeyOfTheTableDoesWhatTheWindowDoes() throws Exception {
    for (StepperAction a : StepperAction.values()) {
      for (String key : a.keys()) {
        if (a.inTerminal()) {
          check(a, key);
        }
      }
    }
  }

  // the action's effect after the key (some from a few steps in), as a switch expression so a new
  // action needs a check here
  private static void check(StepperAction a, String key) throws Exception {
    String k = line(key) + "\n";
    String why = a + " by key " + key;
    switch (a) {
      case NEXT -> assertEquals(List.of(1, 2), steps(run(k)), why);
      case BACK -> assertEquals(List.of(1, 2, 3, 2), steps(run("\n\n" + k)), why);
      case LAYER_NEXT -> assertEquals(List.of(1, 2, 4), steps(run("\n" + k)), why);
      case LAYER_BACK -> assertEquals(List.of(1, 2, 3, 4, 2), steps(run("\n\n\n" + k)), why);
      case FIRST_IMAGE -> assertTrue(run(k).contains("test image 0 · label " + SOURCE.label(0) + " (predicted"), why);
      case NEXT_IMAGE -> assertTrue(run(k).contains("test image 3 · label " + SOURCE.label(3) + " (predicted"), why);
      case PREVIOUS_IMAGE -> assertTrue(run(k).contains("test image 1 · label " + SOURCE.label(1) + " (predicted"), why);
      case RANDOM_IMAGE -> assertTrue(Pattern.compile("test image [0-4] · label \\d \\(predicted").matcher(run(k)).find(), why);
      case MISCLASSIFIED -> {
        int wrong = SOURCE.nextMisclassified(2);
        assertTrue(wrong >= 0, "the untrained network gets some image wrong");
        assertTrue(run(k).contains("test image " + wrong + " · label " + SOURCE.label(wrong)), why);
      }
      case GRANULARITY -> {
        String text = run("\n" + k);
        assertTrue(text.contains("per neuron: " + new Stepper(SOURCE.trace(2), Granularity.PER_NEURON).size() + " steps"), why);
        assertTrue(text.contains("z²₀ = "), "on the first per-neuron z step: " + text);
      }
      case LESSON -> {
        // t: sentences of why under the step from now on; t again: off
        String text = run(k + "\n" + k + "\n");
        assertTrue(text.contains("lesson mode: why each step is computed"), text);
        String on = text.substring(text.indexOf("lesson mode: why"), text.indexOf("lesson mode off"));
        assertTrue(on.contains("  why:      The image enters the network"), on);
        assertTrue(on.contains("[2/14]") && on.substring(on.indexOf("[2/14]")).contains("  why:      "), on);
        assertFalse(text.substring(text.indexOf("lesson mode off")).contains("  why:"), text);
      }
      case HELP -> {
        String text = run(k);
        for (StepperAction t : StepperAction.values()) {
          assertEquals(t.inTerminal(), text.contains(t.description()), why + ": " + t);
        }
      }
      case REPEAT -> {
        // r twice: the third SGD step on image 2, each starting from the cost the last left
        String text = run(k + k);
        assertTrue(text.contains("SGD step 2 on this image:") && text.contains("SGD step 3 on this image:"), text);
        double[] c = costs(text);
        assertEquals(4, c.length, text);
        for (int i = 1; i < c.length; i++) {
          assertTrue(c[i] < c[i - 1], "C falls step by step: " + text);
        }
      }
      case RESET -> {
        String text = run("r\n" + k);
        assertTrue(text.contains("weights reset to the model's (the model file is never changed): C = "
            + dev.glassbox.trace.explain.Num.format(SOURCE.trace(2).cost()) + " again"), text);
        assertTrue(text.contains("[14/14]"), "the cursor stays where r left it: " + text);
      }
      case QUIT -> assertEquals(List.of(1), steps(run(k + "\n\n")), why);
      case PLAY, SLOWER, FASTER, DRAW, CHECK, INPUT_GRADIENT -> throw new AssertionError(a + " is not in the terminal");
    }
  }

  // the costs after each SGD step, from the last "C by step:" line
  private static double[] costs(String text) {
    Matcher m = Pattern.compile("C by step: (.*)").matcher(text);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return Pattern.compile("\\d+: (\\S+)").matcher(last).results()
        .mapToDouble(r -> Double.parseDouble(r.group(1))).toArray();
  }

  @Test
  void pastTheLastStepItSaysWhetherTheUpdateHelped() throws Exception {
    String text = run("]\n".repeat(12) + "\n");
    assertTrue(text.contains("did it help? the same image forward again through the updated weights (SGD step 1"), text);
    var t = SOURCE.trace(2);
    assertTrue(text.contains("C by step: 0: " + dev.glassbox.trace.explain.Num.format(t.cost()) + " · 1: "
        + dev.glassbox.trace.explain.Num.format(t.costAfter())), text);
    assertTrue(text.contains("ΔC = C' - C = ") && text.contains("ΔC_pred = -(η/m) ‖∇C‖² = -(3/1) × "), text);
  }

  @Test
  void windowOnlyKeysSaySoAndUnknownKeysListTheKeys() throws Exception {
    for (StepperAction a : StepperAction.values()) {
      if (!a.inTerminal() && a != StepperAction.PLAY) { // space is an empty line in a terminal
        String text = run(a.keys().get(0) + "\n");
        assertTrue(text.contains("is only in the window"), a + ": " + text);
        assertEquals(List.of(1), steps(text), a.toString());
      }
    }
    String text = run("zz\n");
    assertTrue(text.contains("unknown key \"zz\"; keys (one per line): ") && text.contains(" · → or Enter step ▶ · "), text);
  }

  @Test
  void theKeysLineListsEveryTerminalActionAndNoOther() {
    String keys = TextSession.keysLine();
    for (StepperAction a : StepperAction.values()) {
      assertEquals(a.inTerminal(), keys.contains(a.key() + " " + a.label()), a.toString());
    }
    assertFalse(keys.contains("space"), keys);
  }
}
