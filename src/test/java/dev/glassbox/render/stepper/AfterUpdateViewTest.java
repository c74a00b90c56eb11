package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Did it help?" in the window: → past the last step opens it and ← closes it; r takes another SGD
 * step on the image and shows its trace; reset restores the model's weights bit for bit; the panel
 * and its text fit the window from 1024x640 to 1920x1080, and clicks on its buttons do what they say.
 */
class AfterUpdateViewTest {
  static Network model;
  static Network pristine;

  @BeforeAll
  static void load() throws Exception {
    model = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    pristine = model.copy();
  }

  private static StepperState state() {
    return new StepperState(StepperSceneTest.traceThrough(model, 8), Granularity.PER_LAYER, "test image 8", "model");
  }

  @Test
  void nextPastTheLastStepOpensItAndBackClosesIt() {
    StepperState s = state();
    s.next();
    assertFalse(s.afterShown(), "not before the last step");
    s.seek(s.stepper().size() - 1);
    s.next();
    assertTrue(s.afterShown());
    assertEquals(s.stepper().size() - 1, s.cursor());
    s.back();
    assertFalse(s.afterShown());
    assertEquals(s.stepper().size() - 1, s.cursor(), "closing it does not move the cursor");
    s.showAfterUpdate();
    s.seek(3);
    assertFalse(s.afterShown(), "moving the cursor closes it");
  }

  @Test
  void repeatShowsTheNextStepsTraceAndResetRestoresTheModelsWeightsBitForBit() {
    StepperState s = state();
    Trace first = s.trace();
    s.repeatStep();
    assertTrue(s.afterShown());
    assertTrue(s.stepper().atEnd());
    assertNotEquals(first, s.trace());
    assertTrue(s.trace().networkBefore().sameParameters(first.networkAfter()), "the second step starts where the first left");
    assertEquals(first.costAfter(), s.trace().cost(), 0.0);
    assertTrue(s.title().endsWith("SGD step 2 on it"), s.title());
    for (int i = 0; i < 4; i++) {
      s.repeatStep();
    }
    assertEquals(6, s.repeats().steps());
    assertFalse(s.trace().networkBefore().sameParameters(pristine));
    s.resetWeights();
    assertSame(first, s.trace());
    assertEquals(1, s.repeats().steps());
    assertTrue(s.afterShown(), "reset keeps the panel open");
    assertEquals("test image 8", s.title());
    // the weights shown at the first step are the model's, every one of them
    ParameterView w = s.stepper().weightsAt(0);
    for (int l = 1; l < pristine.layers(); l++) {
      for (int j = 0; j < pristine.size(l); j++) {
        assertEquals(Double.doubleToRawLongBits(pristine.bias(l, j)), Double.doubleToRawLongBits(w.bias(l, j)));
        for (int k = 0; k < pristine.size(l - 1); k++) {
          assertEquals(Double.doubleToRawLongBits(pristine.weight(l, j, k)), Double.doubleToRawLongBits(w.weight(l, j, k)));
        }
      }
    }
    assertTrue(s.trace().networkBefore().sameParameters(pristine));
    assertTrue(model.sameParameters(pristine), "the model itself is never changed");
    // after the reset the next repeat is the second step again, bit for bit
    s.repeatStep();
    assertEquals(Double.doubleToRawLongBits(first.costAfter()), Double.doubleToRawLongBits(s.trace().cost()));
    assertArrayEquals(first.outputAfter(), s.trace().output());
  }

  @Test
  void thePanelAndItsTextFitFrom1024x640To1920x1080() {
    List<String> failures = new ArrayList<>();
    float[][] sizes = {{1024, 640, 1}, {1152, 720, 1}, {1280, 800, 1}, {1920, 1080, 1}, {1920, 1080, 1.5f}};
    for (float[] size : sizes) {
      Viewport v = new Viewport((int) size[0], (int) size[1], size[2]);
      StepperScene scene = new StepperScene(model.sizes(), v);
      StepperState s = state();
      s.showAfterUpdate();
      for (int step = 1; step <= 6; step++) {
        String where = size[0] + "x" + size[1] + " zoom " + size[2] + ", SGD step " + step;
        StepperSceneTest.draw(scene, s, (int) size[0], (int) size[1]);
        AfterUpdateView a = scene.afterUpdate();
        Rect box = a.box();
        SceneLayout l = scene.layout();
        if (!box.inside(l.canvas()) || box.overlaps(l.inspector()) || box.overlaps(l.equation())) {
          failures.add(where + ": the panel " + box + " leaves its place");
        }
        MathLayout.Result r = a.layout(s.repeats());
        if (r.overflow() > 0) {
          failures.add(where + ": the text runs " + r.overflow() + " px past the bottom");
        }
        for (MathLayout.Placed p : r.lines()) {
          if (p.x() + p.width() > a.text().w() + 0.5f) {
            failures.add(where + ": a line runs past the panel: " + p.latex());
          }
        }
        for (StepperAction act : new StepperAction[] {StepperAction.REPEAT, StepperAction.RESET, StepperAction.BACK}) {
          float[] b = a.button(act);
          Rect br = new Rect(b[0], b[1], b[2], b[3]);
          if (!br.inside(box) || br.overlaps(a.text())) {
            failures.add(where + ": the " + act + " button " + br + " is outside the panel or on the text");
          }
        }
        s.repeatStep();
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void itsButtonsAndTheOfferDoWhatTheySay() {
    StepperScene scene = new StepperScene(model.sizes());
    StepperState s = state();
    s.seek(s.stepper().size() - 2);
    StepperSceneTest.draw(scene, s);
    assertNull(scene.afterUpdate().button(StepperAction.NEXT), "no offer before the last step");
    s.seek(s.stepper().size() - 1);
    StepperSceneTest.draw(scene, s);
    float[] offer = scene.button(StepperAction.NEXT);
    assertEquals(StepperAction.NEXT, scene.actionAt(offer[0] + offer[2] / 2, offer[1] + offer[3] / 2));
    // the offer sits on the network's area, clear of the input image and its caption, and of every neuron
    for (int[] size : new int[][] {{1024, 640}, {1152, 720}, {1280, 800}, {1920, 1080}}) {
      for (int[] sizes : new int[][] {model.sizes(), {784, 100, 30, 10}}) {
        StepperScene sc = new StepperScene(sizes, new Viewport(size[0], size[1], 1));
        StepperState st = new StepperState(StepperSceneTest.trace(sizes, 8), Granularity.PER_LAYER, "test", "model");
        st.seek(st.stepper().size() - 1);
        StepperSceneTest.draw(sc, st, size[0], size[1]);
        float[] b = sc.button(StepperAction.NEXT);
        Rect o = new Rect(b[0], b[1], b[2], b[3]);
        String where = size[0] + "x" + size[1] + " " + java.util.Arrays.toString(sizes) + ": the offer " + o;
        assertTrue(o.inside(sc.layout().network()), where + " in " + sc.layout().network());
        NetworkLayout n = sc.network().layout();
        Rect image = new Rect(n.imageX(), n.imageY() - 24, n.imageSide(), n.imageSide() + 24 + 28);
        assertFalse(o.overlaps(image), where + " on the input image or its labels " + image);
        for (int l = 1; l < sizes.length; l++) {
          for (int j = 0; j < sizes[l]; j++) {
            float r = n.radius(l) + 2;
            assertFalse(o.overlaps(new Rect(n.x(l, j) - r, n.y(l, j) - r, 2 * r, 2 * r)), where + " covers neuron " + l + ":" + j);
          }
        }
      }
    }
    s.next();
    StepperSceneTest.draw(scene, s);
    for (StepperAction a : new StepperAction[] {StepperAction.REPEAT, StepperAction.RESET, StepperAction.BACK}) {
      float[] b = scene.button(a);
      assertEquals(a, scene.actionAt(b[0] + b[2] / 2, b[1] + b[3] / 2), a.toString());
    }
    assertNull(scene.afterUpdate().button(StepperAction.NEXT), "no offer while the panel is open");
    float[] random = scene.button(StepperAction.RANDOM_IMAGE);
    assertEquals(StepperAction.RANDOM_IMAGE, scene.actionAt(random[0] + 5, random[1] + 5), "the control bar still works");
  }
}
