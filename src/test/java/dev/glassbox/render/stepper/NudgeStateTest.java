package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.StepKind;
import dev.glassbox.trace.explore.Nudge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/**
 * Nudge mode in the stepper: a nudge shows the nudged trace in every view and undo, close and
 * another image bring the model's own back; the slider and typed values set the number; the
 * panels' text fits from 1024x640 to 1920x1080 and the knob is drawn in the colour of Δ's sign.
 */
class NudgeStateTest {
  private static Trace t;
  private static Trace other;

  @BeforeAll
  static void traces() throws Exception {
    Network def = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    t = StepperSceneTest.traceThrough(def, 8);
    other = StepperSceneTest.traceThrough(def, 0);
  }

  private static StepperState pinned() {
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test image 8", "model");
    s.pin(1, 2);
    return s;
  }

  @Test
  void aNudgeShowsTheNudgedTraceAndUndoBringsTheModelsBack() {
    StepperState s = pinned();
    NudgeState n = new NudgeState();
    n.open(s);
    assertEquals(Nudge.Target.weight(1, 2, s.checkedInput()), n.target(), "the weight 'check it' checks");
    // the prediction needs ∂C/∂w: the cursor moved to the step that computes it
    assertEquals(s.index().stepOf(StepKind.WEIGHT_GRADIENT, 1, 2), s.cursor());
    int cursor = s.cursor();
    n.set(s, n.modelValue() + 0.5);
    assertNotNull(n.result());
    assertSame(n.result().nudged(), s.trace(), "every view shows the nudged network's numbers");
    assertEquals(cursor, s.cursor(), "a nudge keeps the cursor");
    assertEquals(n.result().cost(), s.trace().cost(), 0.0);
    assertTrue(s.trace().cost() != t.cost());
    n.undo(s);
    assertSame(t, s.trace());
    assertNull(n.result());
    n.set(s, n.modelValue() - 1);
    n.close(s);
    assertSame(t, s.trace(), "closing undoes the nudge");
    assertFalse(n.open());
  }

  @Test
  void anotherImageDropsTheNudge() {
    StepperState s = pinned();
    NudgeState n = new NudgeState();
    n.open(s);
    n.set(s, n.modelValue() + 2);
    s.load(other, Granularity.PER_LAYER, "test image 0");
    n.sync(s);
    assertNull(n.result());
    assertSame(other, n.original());
    assertSame(other, s.trace());
    assertEquals(Nudge.Kind.WEIGHT, n.target().kind());
  }

  @Test
  void pinningAnotherNeuronNudgesItsWeightAndTabCycles() {
    StepperState s = pinned();
    NudgeState n = new NudgeState();
    n.open(s);
    n.set(s, n.modelValue() + 0.3);
    s.pin(2, t.label());
    n.sync(s);
    assertNull(n.result(), "the old nudge is undone");
    assertSame(t, s.trace());
    assertEquals(Nudge.Target.weight(2, t.label(), s.checkedInput()), n.target());
    n.nextKind(s);
    assertEquals(Nudge.Target.bias(2, t.label()), n.target());
    n.nextKind(s);
    assertEquals(Nudge.Kind.PIXEL, n.target().kind());
    double[] g = t.inputGradient();
    for (double v : g) {
      assertTrue(Math.abs(v) <= Math.abs(g[n.target().k()]), "the pixel of largest |∂C/∂x|");
    }
    n.nextKind(s);
    assertEquals(Nudge.Kind.WEIGHT, n.target().kind());
  }

  @Test
  void theSliderAndTypedValues() {
    StepperState s = pinned();
    NudgeState n = new NudgeState();
    n.open(s);
    assertEquals(n.modelValue(), n.valueAt(0), 0.0, "the middle is the model's value");
    assertEquals(n.modelValue() + NudgeState.RANGE, n.valueAt(1), 1e-12);
    assertEquals(n.modelValue() - NudgeState.RANGE, n.valueAt(-2), 1e-12, "clamped");
    for (double p = -1; p <= 1; p += 0.125) {
      assertEquals(p, n.positionOf(n.valueAt(p)), 1e-9);
    }
    n.wheel(s, 3);
    assertEquals(n.valueAt(3 * NudgeState.WHEEL_STEP), n.value(), 1e-12);
    for (char c : "-2.5e-1x".toCharArray()) {
      n.type(c);
    }
    assertEquals("-2.5e-1", n.typed(), "the x is no part of a number");
    assertTrue(n.enter(s));
    assertEquals(-0.25, n.value(), 0.0);
    assertEquals(-0.25, s.trace().before().weight(1, 2, n.target().k()), 0.0);
    n.type('-');
    n.type('-');
    assertTrue(n.enter(s));
    assertEquals("\"--\" is not a number", n.typingError());
    assertEquals(-0.25, n.value(), 0.0, "a bad value changes nothing");
    n.select(s, Nudge.Target.pixel(300));
    assertEquals(0, n.valueAt(-1), 0.0, "a pixel's slider runs over its ink, 0 ..");
    assertEquals(1, n.valueAt(1), 0.0, ".. 1");
  }

  @Test
  void thePanelsFitFromTheSmallestWindowToTheLargest() {
    List<String> failures = new ArrayList<>();
    int[][] sizes = {{1024, 640}, {1152, 720}, {1280, 800}, {1920, 1080}};
    for (int[] size : sizes) {
      for (float zoom : new float[] {1f, 1.5f}) {
        StepperScene scene = new StepperScene(t.sizes(), new Viewport(size[0], size[1], zoom));
        StepperState s = pinned();
        NudgeState n = scene.nudge();
        n.open(s);
        check(scene, s, n, failures, "weight, before a nudge");
        n.set(s, n.modelValue() - 2.25);
        check(scene, s, n, failures, "weight -2.25");
        n.set(s, n.modelValue() + 1e-7);
        check(scene, s, n, failures, "weight +1e-7");
        s.seek(0);
        check(scene, s, n, failures, "weight, gradient not computed yet");
        n.select(s, Nudge.Target.pixel(237));
        n.set(s, 0.125);
        check(scene, s, n, failures, "pixel");
        s.pin(2, 5);
        n.sync(s);
        n.nextKind(s);
        n.set(s, n.modelValue() + 0.75);
        check(scene, s, n, failures, "output bias");
        PGraphics g = StepperSceneTest.draw(scene, s, size[0], size[1]);
        int knob = g.get(Math.round(scene.nudgeView().xOf(n.positionOf(n.value())) * scene.viewport().zoom()),
            Math.round(scene.nudgeView().trackY() * scene.viewport().zoom())) & 0xFFFFFF;
        assertEquals(Palette.POSITIVE, knob, "the knob of a positive Δ is orange at " + size[0] + "x" + size[1]);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static void check(StepperScene scene, StepperState s, NudgeState n, List<String> failures, String what) {
    String where = what + " at " + scene.viewport();
    float left = scene.nudgeView().numbers().x();
    float right = left + scene.nudgeView().numbers().w();
    for (NudgeView.Column c : scene.nudgeView().columns(s, n)) {
      if (c.text().overflow() > 0) {
        failures.add(where + ": " + c.text().height() + " px of text in column " + scene.nudgeView().columns(s, n).indexOf(c) + ", " + c.height() + " px high, " + c.text().lines().size() + " lines: " + c.text().lines().stream().map(p -> p.height() + "").toList());
      }
      for (MathLayout.Placed p : c.text().lines()) {
        if (p.x() + p.width() > c.width() + 0.5f || c.x() < left || c.x() + c.width() > right) {
          failures.add(where + ": a line " + p.width() + " px wide in a column of " + c.width() + ": " + p.latex());
        }
      }
    }
    if (scene.nudgeView().closeButton()[0] < scene.nudgeView().undoButton()[0] + scene.nudgeView().undoButton()[2]) {
      failures.add(where + ": undo and close overlap");
    }
    float[][] chips = scene.nudgeView().chips(s, n);
    if (chips[2][0] + chips[2][2] > scene.nudgeView().undoButton()[0]) {
      failures.add(where + ": the chips run into the undo button");
    }
  }
}
