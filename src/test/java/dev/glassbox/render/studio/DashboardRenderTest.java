package dev.glassbox.render.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.render.chart.LineChart;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.SmallRun;
import dev.glassbox.training.TrainingSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/** Renders the dashboard of a real small run offscreen and checks the pixels against the data. */
class DashboardRenderTest {
  static TrainingSnapshot s;
  static Dashboard dashboard;
  static PGraphics g;

  @BeforeAll
  static void render() {
    s = SmallRun.finalSnapshot();
    dashboard = new Dashboard();
    g = DashboardReport.render(1280, 800, s, SmallRun.split(), Map.of("layers", "784,16,10"), dashboard);
    g.loadPixels();
  }

  static int pixel(float x, float y) {
    return g.pixels[Math.round(y) * g.pixelWidth + Math.round(x)];
  }

  static double distance(int a, int b) {
    int dr = ((a >> 16) & 255) - ((b >> 16) & 255);
    int dg = ((a >> 8) & 255) - ((b >> 8) & 255);
    int db = (a & 255) - (b & 255);
    return Math.sqrt(dr * dr + dg * dg + db * db);
  }

  @Test
  void theRunHasTwoEpochsOfHistory() {
    assertEquals(2, s.history().size());
    assertNotNull(s.test());
    assertNotNull(s.weights());
  }

  @Test
  void lastAccuracyPointIsDrawnAtTheHistorysLastValidationAccuracy() {
    List<EpochResult> rows = s.history();
    EpochResult last = rows.get(rows.size() - 1);
    LineChart chart = dashboard.accuracyChart();
    float x = chart.screenX(last.epoch());
    float y = chart.screenY(last.validationAccuracy());
    assertTrue(distance(pixel(x, y), Palette.argb(Palette.DIM)) < 40,
        "validation colour expected at the last point, got " + Integer.toHexString(pixel(x, y)));
    // the validation-coloured pixels of that column centre on y: the marker is where the data says
    double sum = 0;
    int n = 0;
    for (int py = Math.round(y) - 20; py <= Math.round(y) + 20; py++) {
      if (distance(pixel(x, py), Palette.argb(Palette.DIM)) < 40) {
        sum += py;
        n++;
      }
    }
    assertTrue(n >= 5, "a marker several pixels tall");
    assertEquals(y, sum / n, 1.5);
    // and 10 points of accuracy lower there is no validation colour
    float lower = chart.screenY(last.validationAccuracy() - 0.1);
    assertTrue(distance(pixel(x, lower), Palette.argb(Palette.DIM)) > 40);
  }

  @Test
  void brightestHeatmapCellIsTheLargestCount() {
    int[][] counts = s.test().confusion();
    int bestT = 0;
    int bestP = 0;
    double bright = -1;
    int maxCount = -1;
    for (int t = 0; t < 10; t++) {
      for (int p = 0; p < 10; p++) {
        float[] b = dashboard.heatmap().cellBounds(t, p);
        double lum = Palette.luminance(pixel(b[0] + 2, b[1] + 2)); // a corner, away from the count
        if (lum > bright) {
          bright = lum;
          bestT = t;
          bestP = p;
        }
        maxCount = Math.max(maxCount, counts[t][p]);
      }
    }
    assertEquals(maxCount, counts[bestT][bestP], "the brightest cell holds the largest count");
    // and an empty cell, if any, is darker than every non-empty one
    float[] b = dashboard.heatmap().cellBounds(bestT, bestP);
    assertEquals(Palette.argb(Palette.ramp(1)), pixel(b[0] + 2, b[1] + 2));
  }

  @Test
  void clickingAHeatmapCellAndAGalleryDigitFindsThem() {
    float[] b = dashboard.heatmap().cellBounds(4, 9);
    int[] cell = dashboard.cellAt(b[0] + b[2] / 2, b[1] + b[3] / 2);
    assertEquals(4, cell[0]);
    assertEquals(9, cell[1]);
    int first = s.test().misclassified()[0];
    float[] o = dashboard.gallery().cellOrigin(0);
    assertEquals(first, dashboard.digitAt(o[0] + 10, o[1] + 10));
    assertEquals(-1, dashboard.digitAt(5, 5));
  }

  @Test
  void allMisclassifiedDigitsAreListedAndAPageFits() {
    int wrong = s.test().wrong();
    assertTrue(wrong > 0);
    assertTrue(dashboard.gallery().capacity() >= 12, "at least 12 digits per page at 1280x800");
    assertFalse(Double.isNaN(s.progress().samplesPerSecond()));
  }
}
