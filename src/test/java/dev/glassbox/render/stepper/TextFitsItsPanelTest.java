package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.ScrollHint;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No text runs past its panel: on every step of several traces, with a hidden and an output neuron
 * pinned, every typeset line of the inspector and the equation bar lies inside its panel's width,
 * and a text taller than its panel scrolls by exactly what runs past.
 */
class TextFitsItsPanelTest {
  @Test
  void inspectorAndEquationBarFitOnEveryStep() throws Exception {
    Network def = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (int image : new int[] {8, 0}) {
      Trace t = StepperSceneTest.traceThrough(def, image);
      for (Granularity g : Granularity.values()) {
        checked += walk(t, g, new int[][] {{1, 2}, {2, t.label()}}, failures);
      }
    }
    Trace deep = StepperSceneTest.trace(new int[] {784, 100, 30, 10}, 3);
    checked += walk(deep, Granularity.PER_LAYER, new int[][] {{1, 7}, {2, 4}, {3, 3}}, failures);
    assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " layouts run past their panel:\n"
        + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    assertTrue(checked > 300, "checked " + checked);
  }

  private static int walk(Trace t, Granularity g, int[][] pins, List<String> failures) {
    StepperScene scene = new StepperScene(t.sizes());
    StepperState s = new StepperState(t, g, "test", "model");
    int checked = 0;
    for (int[] pin : pins) {
      s.pin(pin[0], pin[1]);
      for (int i = 0; i < s.stepper().size(); i++) {
        s.seek(i);
        InspectorView in = scene.inspector();
        check("inspector", in.layout(s, in.textHeight(s)), in.textWidth(), in.textHeight(s), s, failures);
        EquationBar bar = scene.equationBar();
        check("equation bar", bar.layout(s), bar.textWidth(), bar.textHeight(), s, failures);
        checked += 2;
      }
    }
    return checked;
  }

  private static void check(String panel, MathLayout.Result r, float width, float height, StepperState s,
      List<String> failures) {
    String where = panel + " at step " + (s.cursor() + 1) + " (" + s.stepper().current() + "), pin "
        + s.pinLayer() + ":" + s.pinNeuron();
    for (MathLayout.Placed p : r.lines()) {
      if (p.x() < 0 || p.x() + p.width() > width + 0.5f || p.y() < 0) {
        failures.add(where + ": a line " + p.width() + " px wide at x " + p.x() + " in " + width + " px: "
            + p.latex());
      }
    }
    boolean fits = r.height() <= height + 0.5f;
    // a panel that scrolls keeps a band for "scroll for more" below its text
    boolean scrolls = r.overflow() > 0 && Math.abs(r.height() - (height - ScrollHint.HEIGHT) - r.overflow()) < 0.5f;
    if (!fits && !scrolls) {
      failures.add(where + ": " + r.height() + " px of text in " + height + " px that does not scroll");
    }
  }
}
