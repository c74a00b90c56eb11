package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import java.util.List;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/** Big layers are labelled grids, and no edge is drawn over a label. */
class NetworkGridTest {
  @Test
  void aHundredNeuronLayerIsTenRowsOfTenInIndexOrder() {
    NetworkLayout lay = new NetworkLayout(new int[] {784, 100, 30, 10}, 0, 44, 900, 524);
    assertTrue(lay.compact(1));
    assertEquals(10, lay.perRow(1));
    assertEquals(10, lay.rows(1));
    float c = lay.cell(1);
    // neuron 57 is row 5, column 7: right of 50 by 7 cells, below 7 by 5 cells
    assertEquals(lay.x(1, 50) + 7 * c, lay.x(1, 57), 1e-3);
    assertEquals(lay.y(1, 50), lay.y(1, 57), 1e-3);
    assertEquals(lay.y(1, 7) + 5 * c, lay.y(1, 57), 1e-3);
    // small layers stay columns
    assertFalse(lay.compact(2));
    assertFalse(lay.compact(3));
  }

  @Test
  void aLayerTooTallForRowsOfTenUsesLongerRows() {
    NetworkLayout lay = new NetworkLayout(new int[] {784, 1000, 10}, 0, 44, 900, 524);
    assertTrue(lay.perRow(1) > 10);
    assertTrue(lay.rows(1) * lay.perRow(1) >= 1000);
    assertTrue(lay.bottom(1) <= 44 + 524);
  }

  @Test
  void labelsCoverNeitherNeuronsNorEachOther() {
    for (int[] size : SceneLayoutTest.SIZES) {
      for (int[] sizes : SceneLayoutTest.NETS) {
        Trace t = StepperSceneTest.trace(sizes, 0);
        StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
        StepperScene scene = new StepperScene(sizes, new Viewport(size[0], size[1], 1f));
        StepperSceneTest.draw(scene, s, size[0], size[1]);
        LayerLabels labels = scene.network().labels();
        List<Rect> placed = labels.placed();
        // the input's heading and note, one heading per later layer
        assertEquals(2 + sizes.length - 1, placed.size());
        Rect panel = scene.layout().network();
        for (int i = 0; i < placed.size(); i++) {
          String where = size[0] + "x" + size[1] + " " + java.util.Arrays.toString(sizes) + " label " + i;
          assertTrue(placed.get(i).x() >= panel.x() && placed.get(i).right() <= panel.right(), where);
          for (int k = i + 1; k < placed.size(); k++) {
            assertFalse(placed.get(i).overlaps(placed.get(k)), where + " overlaps label " + k);
          }
          for (int b = 0; b < labels.blocks().size(); b++) {
            // a label sits beside its own layer, never on another's neurons
            if (b != Math.max(0, i - 1)) {
              assertFalse(placed.get(i).overlaps(labels.blocks().get(b)), where + " covers block " + b);
            }
          }
        }
      }
    }
  }

  @Test
  void edgesAreNotDrawnOverTheInputLabel() {
    Trace t = StepperSceneTest.trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    s.seek(s.stepper().size() - 1);
    // a pinned first-layer neuron draws its 80 strongest incoming edges from the pixels, up past the label
    s.pin(1, 0);
    StepperScene scene = new StepperScene(t.sizes());
    PGraphics g = StepperSceneTest.draw(scene, s);
    Rect label = scene.network().labels().placed().get(0);
    int bg = Palette.BACKGROUND;
    int fg = Palette.DIM;
    int text = 0;
    for (int y = Math.round(label.y()) + 1; y < label.bottom() - 1; y++) {
      for (int x = Math.round(label.x()) + 1; x < label.right() - 1; x++) {
        int p = g.pixels[y * g.pixelWidth + x] & 0xFFFFFF;
        assertTrue(offLine(p, bg, fg) < 14, "pixel (" + x + ", " + y + ") " + Integer.toHexString(p)
            + " is neither label text nor background");
        text += p != bg ? 1 : 0;
      }
    }
    assertTrue(text > 50, "the label is drawn: " + text + " text pixels");
  }

  // distance of colour p from the segment of colours between a and b (anti-aliased text on a)
  private static double offLine(int p, int a, int b) {
    double[] pa = new double[3];
    double[] ba = new double[3];
    for (int c = 0; c < 3; c++) {
      int sh = 16 - 8 * c;
      pa[c] = ((p >> sh) & 0xFF) - ((a >> sh) & 0xFF);
      ba[c] = ((b >> sh) & 0xFF) - ((a >> sh) & 0xFF);
    }
    double tt = (pa[0] * ba[0] + pa[1] * ba[1] + pa[2] * ba[2]) / (ba[0] * ba[0] + ba[1] * ba[1] + ba[2] * ba[2]);
    tt = Math.max(0, Math.min(1.2, tt));
    double d = 0;
    for (int c = 0; c < 3; c++) {
      d += Math.pow(pa[c] - tt * ba[c], 2);
    }
    return Math.sqrt(d);
  }
}
