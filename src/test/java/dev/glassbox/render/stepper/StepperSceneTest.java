package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.notation.Value;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.StepKind;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/** The stepper's pictures, drawn headless and read back pixel by pixel. */
class StepperSceneTest {
  /** A trace of MNIST test image {@code index} through an untrained network of {@code sizes}. */
  static Trace trace(int[] sizes, int index) {
    Dataset test = DataLoader.load(Path.of("data")).test();
    byte[] px = new byte[Dataset.PIXELS];
    test.copyImageBytes(index, px, 0);
    Network net = new Network(sizes, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    Init.GAUSSIAN.apply(net, 3);
    Inputs in = Inputs.fromPixels(px, 1, Dataset.PIXELS, new byte[] {(byte) test.label(index)});
    return Trace.record(net, in, 0, 3.0, 0, 0, 50000);
  }

  /** A trace of MNIST test image {@code index} through {@code net}. */
  static Trace traceThrough(Network net, int index) {
    Dataset test = DataLoader.load(Path.of("data")).test();
    byte[] px = new byte[Dataset.PIXELS];
    test.copyImageBytes(index, px, 0);
    Inputs in = Inputs.fromPixels(px, 1, Dataset.PIXELS, new byte[] {(byte) test.label(index)});
    return Trace.record(net, in, 0, 3.0, 0, 0, 50000);
  }

  static PGraphics draw(StepperScene scene, StepperState s) {
    return draw(scene, s, StepperScene.WIDTH, StepperScene.HEIGHT);
  }

  /** The scene drawn into a canvas of {@code w x h} pixels (its viewport's window size). */
  static PGraphics draw(StepperScene scene, StepperState s, int w, int h) {
    PGraphics g = Offscreen.create(w, h);
    g.beginDraw();
    scene.display(g, s);
    g.endDraw();
    g.loadPixels();
    return g;
  }

  static int luminance(PGraphics g, float x, float y) {
    int c = g.pixels[Math.round(y) * g.pixelWidth + Math.round(x)];
    return (((c >> 16) & 0xFF) * 299 + ((c >> 8) & 0xFF) * 587 + (c & 0xFF) * 114) / 1000;
  }

  static int stepOf(StepperState s, StepKind kind) {
    for (int i = 0; i < s.stepper().size(); i++) {
      if (s.stepper().steps().get(i).kind() == kind) {
        return i;
      }
    }
    throw new AssertionError(kind);
  }

  @Test
  void theOutputNeuronTheTraceSaysIsMostActiveIsDrawnBrightest() {
    for (int image : new int[] {0, 1, 2}) {
      Trace t = trace(new int[] {784, 30, 10}, image);
      StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
      s.seek(stepOf(s, StepKind.COST));
      s.setProgress(1f);
      StepperScene scene = new StepperScene(t.sizes());
      PGraphics g = draw(scene, s);
      NetworkLayout lay = scene.network().layout();
      int out = t.outputLayer();
      int brightest = 0;
      for (int j = 1; j < t.size(out); j++) {
        if (luminance(g, lay.x(out, j), lay.y(out, j)) > luminance(g, lay.x(out, brightest), lay.y(out, brightest))) {
          brightest = j;
        }
      }
      assertEquals(t.predicted(), brightest, "image " + image);
    }
  }

  @Test
  void outputNeuronsStayDarkUntilTheForwardPassReachesThem() {
    Trace t = trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    StepperScene scene = new StepperScene(t.sizes());
    NetworkLayout lay = scene.network().layout();
    int out = t.outputLayer();
    int before = luminance(draw(scene, s), lay.x(out, t.predicted()), lay.y(out, t.predicted()));
    s.seek(stepOf(s, StepKind.COST));
    s.setProgress(1f);
    int after = luminance(draw(scene, s), lay.x(out, t.predicted()), lay.y(out, t.predicted()));
    assertTrue(after > before + 40, before + " -> " + after);
  }

  @Test
  void thePinnedNeuronsNumbersAppearInTheInspector() {
    Trace t = trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    s.seek(s.stepper().size() - 1);
    StepperScene scene = new StepperScene(t.sizes());
    PGraphics plain = draw(scene, s);
    s.pin(1, 3);
    s.runCheck();
    String text = InspectorText.lines(s).stream().map(InspectorText.Line::text).collect(Collectors.joining("\n"));
    for (double v : new double[] {t.z(1, 3), t.a(1, 3), t.delta(1, 3), t.nablaB(1, 3), t.before().bias(1, 3)}) {
      assertTrue(text.contains(Value.of(v).text()), Value.of(v).text() + " in\n" + text);
    }
    assertTrue(text.contains("BP2: δ²₃ ="), text);
    assertTrue(text.contains("∂C/∂b²₃ = δ²₃ = " + Value.of(t.nablaB(1, 3)).text()), text);
    assertTrue(text.contains("finite difference"), text);
    // and the panel's pixels change when the pin is drawn
    PGraphics pinned = draw(scene, s);
    int differ = 0;
    for (int y = 60; y < 600; y += 2) {
      for (int x = 910; x < 1260; x += 2) {
        if (plain.pixels[y * plain.pixelWidth + x] != pinned.pixels[y * pinned.pixelWidth + x]) {
          differ++;
        }
      }
    }
    assertTrue(differ > 2000, differ + " pixels differ");
  }

  @Test
  void valuesNotReachedYetAreNotShown() {
    Trace t = trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    s.pin(2, 5);
    List<String> lines = InspectorText.lines(s).stream().map(InspectorText.Line::text).collect(Collectors.toList());
    assertTrue(lines.contains("δ³₅ = not computed yet"), lines.toString());
    assertFalse(String.join("\n", lines).contains(Value.of(t.delta(2, 5)).text()), lines.toString());
    // nor the contributions to z before z is computed
    assertTrue(lines.indexOf("Largest incoming contributions w·a") + 1 < lines.size());
    assertEquals(InspectorText.LATER, lines.get(lines.indexOf("Largest incoming contributions w·a") + 1));
  }

  @Test
  void theAnswerTheCheckAndTheInputGradientWaitForTheirSteps() {
    Trace t = trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    s.pin(1, 4);
    s.toggleInputGradient();
    s.runCheck();
    assertFalse(s.answerKnown());
    assertFalse(s.inputGradient());
    assertTrue(s.inputGradientPending());
    assertEquals(null, s.check(), "no check before ∂C/∂w is computed");
    s.seek(s.stepper().size() - 1);
    s.runCheck();
    assertTrue(s.answerKnown());
    assertTrue(s.inputGradient());
    assertTrue(s.check() != null);
  }

  @Test
  void timelineMapsXToStepsAndBack() {
    TimelineView tl = new TimelineView(10, 700, 1260, 20);
    for (int n : new int[] {1, 14, 204, 1733}) {
      for (int i = 0; i < n; i++) {
        assertEquals(i, tl.stepAt(tl.xOf(i, n), n), "step " + i + " of " + n);
      }
      assertEquals(0, tl.stepAt(-50, n));
      assertEquals(n - 1, tl.stepAt(5000, n));
    }
  }

  @Test
  void steppingBackPastTheUpdateShowsTheWeightsBeforeIt() {
    Trace t = trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    s.seek(s.stepper().size() - 1);
    assertTrue(s.stepper().weightsAtCursor().updated(2));
    s.back();
    assertFalse(s.stepper().weightsAtCursor().updated(2));
    assertEquals(t.before().weight(2, 0, 0), s.stepper().weightsAtCursor().weight(2, 0, 0));
  }

  @Test
  void bigLayersFitOnScreenAndEveryNeuronCanBeClicked() {
    int[] sizes = {784, 300, 100, 10};
    NetworkLayout lay = new NetworkLayout(sizes, 0, 44, 900, 524);
    for (int l = 1; l < sizes.length; l++) {
      for (int j = 0; j < sizes[l]; j++) {
        float x = lay.x(l, j);
        float y = lay.y(l, j);
        assertTrue(x > 0 && x < 900 && y > 44 && y < 568, "layer " + l + " neuron " + j);
        int[] hit = lay.hit(x, y);
        assertEquals(l, hit[0]);
        assertEquals(j, hit[1]);
      }
    }
  }

  @Test
  void theWhyViewDrawsMinusTheInputGradientOrangeWhereMoreInkHelps() {
    Trace t = trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    StepperScene scene = new StepperScene(t.sizes());
    s.toggleInputGradient();
    s.seek(s.stepper().size() - 1);
    PGraphics g = draw(scene, s);
    NetworkLayout lay = scene.network().layout();
    double[] dx = t.inputGradient();
    int most = 0;
    int least = 0;
    for (int k = 1; k < dx.length; k++) {
      most = -dx[k] > -dx[most] ? k : most;
      least = -dx[k] < -dx[least] ? k : least;
    }
    int orange = g.pixels[Math.round(lay.y(0, most)) * g.pixelWidth + Math.round(lay.x(0, most))];
    int blue = g.pixels[Math.round(lay.y(0, least)) * g.pixelWidth + Math.round(lay.x(0, least))];
    // the palette's sign pair: orange where -∂C/∂x is largest, blue where it is most negative; the
    // larger of the two in magnitude sets the scale and is drawn at full strength
    assertTrue(((orange >> 16) & 0xFF) > 2 * (orange & 0xFF), "largest -dC/dx is orange: " + Integer.toHexString(orange));
    assertTrue((blue & 0xFF) > 2 * ((blue >> 16) & 0xFF), "most negative is blue: " + Integer.toHexString(blue));
    boolean positiveWins = -dx[most] >= dx[least];
    assertEquals(Palette.argb(positiveWins ? Palette.POSITIVE : Palette.NEGATIVE), positiveWins ? orange : blue,
        "the extreme is at full strength");
    // the gradient is BP2 one layer further: Σ_j w^2_jk δ^2_j, from the trace's own numbers
    double sum = 0;
    for (int j = 0; j < t.size(1); j++) {
      sum += t.before().weight(1, j, most) * t.delta(1, j);
    }
    assertEquals(sum, dx[most], 1e-12 * Math.max(1, Math.abs(sum)));
  }
}
