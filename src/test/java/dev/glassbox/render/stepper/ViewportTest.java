package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.StepKind;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/** Zoom and resizing: the scene's logical size, and clicks that land where things are drawn. */
class ViewportTest {
  @Test
  void zoomStepsUpAndDownAndResets() {
    Viewport v = new Viewport(1920, 1080, 1f);
    assertEquals(1f, v.zoom());
    Viewport in = v.zoomedIn();
    assertTrue(in.zoom() > 1f);
    assertEquals(1920 / in.zoom(), in.width(), 1e-3);
    assertEquals(1f, in.zoomedOut().zoom(), 1e-6);
    assertTrue(v.zoomedOut().zoom() < 1f);
    assertEquals(1f, in.zoomedIn().zoomedIn().reset().zoom());
  }

  @Test
  void zoomingInStopsWhereTheLayoutWouldNoLongerFit() {
    Viewport v = new Viewport(1920, 1080, 1f);
    for (int i = 0; i < 20; i++) {
      v = v.zoomedIn();
    }
    // 1080 / 640: the height binds
    assertEquals(1080f / 640f, v.zoom(), 1e-4);
    assertEquals(640, v.height(), 1e-3);
    assertTrue(v.width() >= Viewport.MIN_WIDTH);
    // and one step out is a real step smaller
    assertTrue(v.zoomedOut().zoom() < v.zoom());
  }

  @Test
  void aWindowSmallerThanTheSmallestLayoutIsDrawnScaledDown() {
    Viewport v = new Viewport(800, 500, 1f);
    assertEquals(800f / 1024f, v.zoom(), 1e-5);
    assertEquals(1024, v.width(), 1e-3);
    assertTrue(v.height() >= Viewport.MIN_HEIGHT);
    // a resize keeps the zoom asked for
    Viewport big = new Viewport(1280, 800, 1.25f).resized(1920, 1080);
    assertEquals(1.25f, big.zoom());
    assertEquals(1920 / 1.25f, big.width(), 1e-3);
  }

  @Test
  void windowAndScenePixelsMapBothWays() {
    Viewport v = new Viewport(1920, 1080, 1.5f);
    assertEquals(300f, v.sceneX(v.windowX(300f)), 1e-4);
    assertEquals(450f, v.windowY(300f), 1e-4);
    assertEquals(200f, v.sceneY(300f), 1e-4);
  }

  @Test
  void clicksLandOnWhatIsDrawnUnderZoomAndAfterResizing() {
    Trace t = StepperSceneTest.trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    s.seek(StepperSceneTest.stepOf(s, StepKind.COST));
    s.setProgress(1f);
    StepperScene scene = new StepperScene(t.sizes(), new Viewport(1920, 1080, 1.5f));
    Viewport[] views = {scene.viewport(), scene.viewport().resized(1024, 640), new Viewport(1280, 760, 1.25f),
        new Viewport(2560, 1440, 2f), new Viewport(1280, 760, 1f)};
    for (Viewport v : views) {
      scene.setViewport(v);
      String where = v.toString();
      PGraphics g = StepperSceneTest.draw(scene, s, v.windowWidth(), v.windowHeight());
      // neurons: a click at a neuron's window position hits it, and the brightest output is the prediction
      NetworkLayout lay = scene.network().layout();
      int out = t.outputLayer();
      int brightest = 0;
      for (int j = 0; j < t.size(out); j++) {
        float wx = v.windowX(lay.x(out, j));
        float wy = v.windowY(lay.y(out, j));
        int[] hit = lay.hit(v.sceneX(wx), v.sceneY(wy));
        assertEquals(out, hit[0], where);
        assertEquals(j, hit[1], where);
        float bx = v.windowX(lay.x(out, brightest));
        float by = v.windowY(lay.y(out, brightest));
        if (StepperSceneTest.luminance(g, wx, wy) > StepperSceneTest.luminance(g, bx, by)) {
          brightest = j;
        }
      }
      assertEquals(t.predicted(), brightest, where);
      // buttons: the middle of each drawn button is that button, and is drawn (not background)
      for (StepperAction a : new StepperAction[] {StepperAction.PLAY, StepperAction.NEXT, StepperAction.HELP}) {
        float[] b = scene.controls().button(a);
        float wx = v.windowX(b[0] + b[2] / 2);
        float wy = v.windowY(b[1] + b[3] / 2);
        assertTrue(wx < v.windowWidth() && wy < v.windowHeight(), where + " " + a + " inside the window");
        assertEquals(a, scene.actionAt(v.sceneX(wx), v.sceneY(wy)), where);
        int edge = g.pixels[Math.round(wy) * g.pixelWidth + Math.round(v.windowX(b[0] + 3))] & 0xFFFFFF;
        assertNotEquals(Palette.BACKGROUND, edge, where + " " + a + " is drawn there");
      }
      // the timeline: every step's window x scrubs to that step
      TimelineView tl = scene.timeline();
      int n = s.stepper().size();
      for (int i = 0; i < n; i++) {
        float wx = v.windowX(tl.xOf(i, n));
        assertTrue(tl.contains(v.sceneX(wx), v.sceneY(v.windowY(tl.centerY()))), where);
        assertEquals(i, tl.stepAt(v.sceneX(wx), n), where + " step " + i);
      }
    }
  }
}
