package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Mnist;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.training.Datasets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/**
 * The mini-batch view: its keys step through the images, the mean and the update; on every step
 * and at every window size from the smallest, its columns and its text stay inside the view; and
 * it draws into the stepper's scene.
 */
class BatchViewTest {
  private static final Inputs TEST = Datasets.inputs(Mnist.test().subset(0, 40));

  private static MiniBatch batch(int from, int m) throws Exception {
    Network def = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    int[] rows = new int[m];
    for (int s = 0; s < m; s++) {
      rows[s] = from + s;
    }
    return MiniBatch.record(def, TEST, rows, 3.0, 0, 0, 50000);
  }

  @Test
  void theStepKeysMoveThroughTheImagesTheMeanAndTheUpdate() throws Exception {
    BatchState b = new BatchState(batch(8, 10), -1, -1, "test");
    assertEquals(12, b.steps());
    assertTrue(b.sampleShown(0));
    assertFalse(b.sampleShown(1));
    assertTrue(b.apply(StepperAction.NEXT));
    assertTrue(b.sampleShown(1));
    assertFalse(b.meanShown());
    assertTrue(b.apply(StepperAction.LAYER_NEXT));
    assertTrue(b.meanShown() && b.updateShown());
    assertEquals("the update", b.stepName());
    assertTrue(b.apply(StepperAction.BACK));
    assertEquals("the sum and the mean", b.stepName());
    assertTrue(b.apply(StepperAction.LAYER_BACK));
    assertEquals(0, b.cursor());
    assertTrue(b.apply(StepperAction.BACK));
    assertEquals(0, b.cursor(), "clamped at the first step");
    assertEquals("image 1 of 10 (test image 8)", b.stepName());
    // the other keys are the stepper's: s closes the view, n shows the next image
    assertFalse(b.apply(StepperAction.MINI_BATCH));
    assertFalse(b.apply(StepperAction.NEXT_IMAGE));
    // with no pin, the neuron of the first hidden layer whose bias moves most
    assertEquals(1, b.view().layer());
    BatchState pinned = new BatchState(b.batch(), 2, 5, "test");
    assertEquals(2, pinned.view().layer());
    assertEquals(5, pinned.view().neuron());
  }

  @Test
  void everyStepFitsTheViewAtEverySize() throws Exception {
    MiniBatch mb = batch(8, 10);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (int[] size : new int[][] {{1024, 640}, {1152, 720}, {1280, 800}, {1920, 1080}, {2560, 1440}}) {
      Rect overlay = new SceneLayout(size[0], size[1]).overlay();
      float f = BatchView.magnification(overlay.w(), overlay.h());
      Rect r = new Rect(0, 0, overlay.w() / f, overlay.h() / f);
      BatchView.Geometry geo = BatchView.geometry(r, mb.size());
      String where = size[0] + "x" + size[1];
      if (geo.columnX(mb.size() + 2) > r.right() - 4 || geo.columnsBottom() > geo.equations().y()) {
        failures.add(where + ": the columns run past the view or into the equations");
      }
      for (int[] pin : new int[][] {{-1, -1}, {2, 5}}) {
        BatchState b = new BatchState(mb, pin[0], pin[1], "test");
        BatchView view = new BatchView();
        for (int c = 0; c < b.steps(); c++) {
          b.seek(c);
          Rect e = geo.equations();
          MathLayout.Result[] parts = view.layout(b, e.w(), e.h());
          float used = parts[0].height() + (parts[1] == null ? 0 : 8 + Math.max(parts[1].height(), parts[2].height()));
          if (parts[0].overflow() > 0 || used > e.h() + 0.5f) {
            failures.add(where + " step " + (c + 1) + ": " + used + " px of text in " + e.h() + " px");
          }
          float[] widths = {e.w(), e.w() / 2 - 10, e.w() / 2 - 10};
          for (int p = 0; p < parts.length; p++) {
            if (parts[p] == null) {
              continue;
            }
            for (MathLayout.Placed line : parts[p].lines()) {
              if (line.x() + line.width() > widths[p] + 0.5f) {
                failures.add(where + " step " + (c + 1) + ": a line " + line.width() + " px wide in " + widths[p]);
              }
            }
          }
          // the weight's and the bias's lines appear with the sums, not before
          assertEquals(b.meanShown(), parts[1] != null && parts[2] != null, where + " step " + (c + 1));
          checked++;
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertEquals(5 * 2 * 12, checked);
  }

  @Test
  void theSceneDrawsTheViewOverTheNetwork() throws Exception {
    MiniBatch mb = batch(8, 10);
    Trace t = mb.sample(0);
    StepperScene scene = new StepperScene(t.sizes());
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test image 8", "model");
    BatchState b = new BatchState(mb, -1, -1, "test");
    b.seek(b.steps() - 1);
    s.setBatch(b);
    PGraphics g = Offscreen.create(StepperScene.WIDTH, StepperScene.HEIGHT);
    g.beginDraw();
    scene.display(g, s);
    g.endDraw();
    g.loadPixels();
    // the update column holds the update's colour (its frame) and a signed bar (orange or blue)
    BatchView.Geometry geo = BatchView.geometry(scene.layout().overlay(), mb.size());
    int x0 = (int) geo.columnX(mb.size() + 1);
    int x1 = (int) geo.columnX(mb.size() + 2);
    boolean frame = false;
    boolean signed = false;
    for (int y = (int) geo.imagesY(); y < (int) geo.columnsBottom(); y++) {
      for (int x = x0; x < x1; x++) {
        int c = g.pixels[y * g.width + x] & 0xFFFFFF;
        frame |= c == Palette.UPDATE;
        signed |= c == Palette.POSITIVE || c == Palette.NEGATIVE;
      }
    }
    assertTrue(frame && signed, "frame " + frame + ", signed bar " + signed);
  }
}
