package dev.glassbox.render.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.render.chart.LineChart;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.EvaluatedEpoch;
import dev.glassbox.training.Evaluation;
import dev.glassbox.training.Evaluator;
import dev.glassbox.training.SmallRun;
import dev.glassbox.training.Team;
import dev.glassbox.training.TrainingSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/**
 * The studio's speed-of-learning chart, the strip that picks the last or the best epoch for the
 * confusion matrix and the gallery, and the epoch axis's labels.
 */
class SpeedAndEpochViewsTest {
  private static PGraphics draw(Dashboard d, TrainingSnapshot s) {
    PGraphics g = DashboardReport.render(1280, 800, s, SmallRun.split(), Map.of(), d);
    g.loadPixels();
    return g;
  }

  private static int pixel(PGraphics g, float x, float y) {
    return g.pixels[Math.round(y) * g.pixelWidth + Math.round(x)];
  }

  @Test
  void theSpeedChartHasOneCurvePerLayerAndItsEpochMeansAreDrawnWhereTheHistorySays() {
    TrainingSnapshot s = SmallRun.finalSnapshot();
    assertEquals(2, s.speeds().size(), "784,16,10: the hidden layer and the output layer");
    Dashboard d = new Dashboard();
    PGraphics g = draw(d, s);
    LineChart chart = d.speedChart();
    assertEquals(LineChart.Scale.LOG, chart.scale());
    EpochResult last = s.history().get(s.history().size() - 1);
    for (int l = 1; l <= 2; l++) {
      double v = last.speeds().of(l);
      float x = chart.screenX(last.epoch());
      float y = chart.screenY(v);
      int colour = Palette.argb(Palette.layer(l - 1, 2));
      // the epoch mean's dot sits at (epoch, speed) on the log scale, in the layer's colour
      assertTrue(DashboardRenderTest.distance(pixel(g, x - 1, y), colour) < 40,
          "layer " + l + " at " + x + "," + y + ": " + Integer.toHexString(pixel(g, x - 1, y)));
    }
    // the output layer learns faster than the hidden one here: its dot is higher
    assertTrue(chart.screenY(last.speeds().of(2)) < chart.screenY(last.speeds().of(1)));
  }

  @Test
  void theFirstLayersCurveIsTheDarkestAndTheOutputsThePalest() {
    for (int n = 2; n <= 6; n++) {
      for (int i = 1; i < n; i++) {
        assertTrue(Palette.luminance(Palette.layer(i, n)) > Palette.luminance(Palette.layer(i - 1, n)), n + ":" + i);
      }
    }
  }

  @Test
  void theEpochAxisReadsZeroNotMinusZeroAndItsNameSitsUnderTheTicks() {
    double[] ticks = LineChart.xTicks(0, 3, true);
    assertArrayEquals(new double[] {0, 1, 2, 3}, ticks);
    for (double t : ticks) {
      assertFalse(LineChart.tickLabel(t).startsWith("-"), "tick " + LineChart.tickLabel(t));
    }
    assertEquals("0", LineChart.tickLabel(LineChart.xTicks(0, 30, true)[0]));
    Dashboard d = new Dashboard();
    draw(d, SmallRun.finalSnapshot());
    LineChart acc = d.costChart(); // y from 0: screenY(0) is the axis
    float[] at = acc.xLabelAt();
    // centred under the plot, below the tick labels (which start 5 px under the axis, 11 px tall)
    assertEquals((acc.screenX(0) + acc.screenX(2)) / 2, at[0], 1);
    assertTrue(at[1] >= acc.screenY(0.0) + 5 + 12, "the axis name is on a row of its own");
  }

  @Test
  void decadesAreLabelledPlainlyDownToAThousandthThenAsPowers() {
    assertEquals("10", LineChart.decadeLabel(10));
    assertEquals("1", LineChart.decadeLabel(1));
    assertEquals("0.01", LineChart.decadeLabel(0.01));
    assertEquals("0.001", LineChart.decadeLabel(0.001));
    assertEquals("1e-5", LineChart.decadeLabel(1e-5));
  }

  // the small run's last epoch, and as "best" an epoch 1 whose evaluation is an untrained network's
  private static TrainingSnapshot withAnotherBest() {
    TrainingSnapshot s = SmallRun.finalSnapshot();
    var untrained = SmallRun.config().newNetwork();
    Evaluation e;
    try (Team team = new Team(2)) {
      e = new Evaluator(team).evaluate(untrained, Datasets.inputs(SmallRun.split().test()));
    }
    EvaluatedEpoch best = new EvaluatedEpoch(1, untrained, null, e);
    return new TrainingSnapshot(s.progress(), s.config(), s.history(), s.cost(), s.speeds(), s.weights(),
        s.last(), best);
  }

  // the confusion counts of the brightest heatmap cell
  private static int[] brightest(Dashboard d, PGraphics g) {
    int[] best = null;
    double bright = -1;
    for (int t = 0; t < 10; t++) {
      for (int p = 0; p < 10; p++) {
        float[] b = d.heatmap().cellBounds(t, p);
        double lum = Palette.luminance(pixel(g, b[0] + 2, b[1] + 2));
        if (lum > bright) {
          bright = lum;
          best = new int[] {t, p};
        }
      }
    }
    return best;
  }

  private static int[] largest(int[][] counts) {
    int[] at = {0, 0};
    for (int t = 0; t < 10; t++) {
      for (int p = 0; p < 10; p++) {
        if (counts[t][p] > counts[at[0]][at[1]]) {
          at = new int[] {t, p};
        }
      }
    }
    return at;
  }

  @Test
  void theMatrixAndGalleryShowTheLastEpochUntilTheLearnerPicksTheBest() {
    TrainingSnapshot s = withAnotherBest();
    assertNotEquals(s.last().epoch(), s.best().epoch());
    Dashboard d = new Dashboard();
    PGraphics g = draw(d, s);
    assertSame(s.last(), d.shownEpoch(s));
    assertArrayEquals(largest(s.last().test().confusion()), brightest(d, g));
    assertEquals(s.last().test().misclassified()[0],
        d.digitAt(d.gallery().cellOrigin(0)[0] + 10, d.gallery().cellOrigin(0)[1] + 10));
    // a click on the strip's second segment picks the best epoch
    float[] seg = d.epochToggle().box(1);
    assertTrue(seg[2] > 0, "two segments when the best is another epoch");
    assertTrue(d.epochToggleAt(seg[0] + seg[2] / 2, seg[1] + seg[3] / 2));
    assertTrue(d.showsBest());
    g = draw(d, s);
    assertSame(s.best(), d.shownEpoch(s));
    assertArrayEquals(largest(s.best().test().confusion()), brightest(d, g));
    assertEquals(s.best().test().misclassified()[0],
        d.digitAt(d.gallery().cellOrigin(0)[0] + 10, d.gallery().cellOrigin(0)[1] + 10));
    // clicking the picked segment again changes nothing; the other one goes back
    assertTrue(d.epochToggleAt(seg[0] + seg[2] / 2, seg[1] + seg[3] / 2));
    assertTrue(d.showsBest());
    float[] other = d.epochToggle().box(0);
    assertTrue(d.epochToggleAt(other[0] + 2, other[1] + 2));
    assertFalse(d.showsBest());
  }

  @Test
  void theStripAndTheTitleNameTheEpochs() {
    TrainingSnapshot s = withAnotherBest();
    int last = s.last().epoch();
    assertEquals(List.of("epoch " + last + " (last)", "epoch 1 (best, the one Save keeps)"),
        Arrays.asList(EpochToggle.labels(s.last(), s.best())));
    TrainingSnapshot same = SmallRun.finalSnapshot();
    assertEquals(List.of("epoch " + same.best().epoch() + " (last and best)"),
        Arrays.asList(EpochToggle.labels(same.best(), same.best())));
    PGraphics g = Offscreen.create(400, 100);
    g.beginDraw();
    assertEquals("Confusion matrix, test set, epoch 1", Dashboard.heatmapTitle(g, 400, s.best(), "test"));
    // a narrow panel keeps the epoch and drops words
    String narrow = Dashboard.heatmapTitle(g, 200, s.best(), "test");
    assertTrue(narrow.endsWith("epoch 1") && g.textWidth(narrow) <= 200, narrow);
    g.endDraw();
  }
}
