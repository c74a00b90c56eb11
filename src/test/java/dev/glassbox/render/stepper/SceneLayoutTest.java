package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.render.shared.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stepper's panels and the network's neurons fit any scene size from 1024x640 up. */
class SceneLayoutTest {
  /** Scene sizes: the smallest, a 1280x800 screen minus a title bar, the defaults, full HD. */
  static final int[][] SIZES = {{1024, 640}, {1152, 720}, {1280, 760}, {1280, 800}, {1600, 972}, {1920, 1080}};
  static final int[][] NETS = {{784, 30, 10}, {784, 100, 30, 10}, {784, 300, 100, 10}, {784, 100, 10}, {784, 10}};

  @Test
  void panelsNeverOverlapAndStayInsideTheScene() {
    for (int[] size : SIZES) {
      SceneLayout lay = new SceneLayout(size[0], size[1]);
      List<Map.Entry<String, Rect>> panels = new ArrayList<>(lay.panels().entrySet());
      for (int i = 0; i < panels.size(); i++) {
        Rect a = panels.get(i).getValue();
        String where = size[0] + "x" + size[1] + " " + panels.get(i).getKey() + " " + a;
        assertTrue(a.inside(lay.canvas()), where + " inside the scene");
        assertTrue(a.w() > 0 && a.h() > 0, where);
        // below the title bar
        assertTrue(a.y() >= 40, where);
        for (int k = i + 1; k < panels.size(); k++) {
          assertFalse(a.overlaps(panels.get(k).getValue()), where + " overlaps " + panels.get(k).getKey());
        }
      }
      // the buttons are the last thing, near the bottom edge
      assertTrue(lay.height() - lay.controls().bottom() <= 10, size[0] + "x" + size[1]);
    }
  }

  @Test
  void theEquationBarHoldsFiveLinesAndTheNetworkKeepsMostOfTheHeight() {
    for (int[] size : SIZES) {
      SceneLayout lay = new SceneLayout(size[0], size[1]);
      String where = size[0] + "x" + size[1];
      // an output layer's BP1 (symbolic, σ'(z) and δ, the vectors wrapped) is five lines of 22 px
      assertTrue(lay.equation().h() >= 110, where + " " + lay.equation());
      assertTrue(lay.network().h() >= 0.45f * size[1], where + " " + lay.network());
      // the inspector reaches down to the equation bar; the strip sits between network and bar
      assertEquals(lay.equation().y() - 6, lay.inspector().bottom(), 1e-3, where);
      assertTrue(lay.strip().y() >= lay.network().bottom() && lay.strip().bottom() <= lay.equation().y(), where);
    }
  }

  @Test
  void largerScenesGiveTheInspectorAndTheNetworkMoreRoom() {
    SceneLayout small = new SceneLayout(1024, 640);
    SceneLayout large = new SceneLayout(1920, 1080);
    assertTrue(large.inspector().w() > small.inspector().w());
    assertTrue(large.network().w() > small.network().w() && large.network().h() > small.network().h());
    // the inspector keeps room for its three 84-pixel neuron pictures and their captions
    assertTrue(small.inspector().w() >= 3 * 84 + 2 * 26 + 24 + 16, small.inspector().toString());
  }

  @Test
  void everyNeuronFitsItsPanelAndNoLayerCoversAnother() {
    for (int[] size : SIZES) {
      SceneLayout scene = new SceneLayout(size[0], size[1]);
      Rect panel = scene.network();
      for (int[] sizes : NETS) {
        String where = size[0] + "x" + size[1] + " " + java.util.Arrays.toString(sizes);
        NetworkLayout lay = new NetworkLayout(sizes, panel.x(), panel.y(), panel.w(), panel.h());
        Rect image = new Rect(lay.imageX(), lay.imageY(), lay.imageSide(), lay.imageSide());
        assertTrue(image.inside(panel), where + " image");
        List<Rect> blocks = new ArrayList<>();
        blocks.add(image);
        for (int l = 1; l < sizes.length; l++) {
          float r = lay.radius(l);
          for (int j = 0; j < sizes[l]; j++) {
            Rect n = new Rect(lay.x(l, j) - r, lay.y(l, j) - r, 2 * r, 2 * r);
            assertTrue(n.inside(panel), where + " layer " + l + " neuron " + j + " " + n);
            assertEquals(List.of(l, j), List.of(lay.hit(lay.x(l, j), lay.y(l, j))[0], lay.hit(lay.x(l, j), lay.y(l, j))[1]),
                where + " click on layer " + l + " neuron " + j);
          }
          float gutter = lay.compact(l) ? NetworkLayout.ROW_LABELS : 0;
          blocks.add(new Rect(lay.left(l) - gutter, lay.top(l), lay.right(l) - lay.left(l) + gutter,
              lay.bottom(l) - lay.top(l)));
        }
        for (int a = 0; a < blocks.size(); a++) {
          for (int b = a + 1; b < blocks.size(); b++) {
            assertFalse(blocks.get(a).overlaps(blocks.get(b)), where + ": block " + a + " overlaps block " + b);
          }
        }
        // the output's digits, bars and values, and the target and cost lines below, stay inside
        int out = sizes.length - 1;
        // (NetworkView.output: digit at x + r + 8, values 88 further, at most 60 wide)
        assertTrue(lay.x(out, 0) + lay.radius(out) + 8 + 88 + 60 <= panel.right(), where);
        if (!lay.compact(out)) {
          assertTrue(lay.bottom(out) + 48 <= panel.bottom(), where + " cost line");
        }
      }
    }
  }
}
