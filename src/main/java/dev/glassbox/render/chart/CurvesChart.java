package dev.glassbox.render.chart;

import dev.glassbox.render.shared.Offscreen;
import java.util.List;
import java.util.Locale;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A view: several runs' accuracy per epoch as lines on one chart, each in its own colour with a
 * legend, the y axis fitted to the data (in percent), and each run's last K epochs as dots.
 */
public final class CurvesChart {
  /** One run: its name and its accuracy per epoch (epoch i+1 at index i; NaN is skipped). */
  public record Series(String name, double[] values) {}

  private static final int[] COLOURS = {
    0xFFFFB028, 0xFF4FC3F7, 0xFFE57373, 0xFF81C784, 0xFFBA68C8, 0xFFFFF176, 0xFF90A4AE, 0xFFF06292
  };
  private final List<Series> series;
  private final int width;
  private final int height;
  private final String title;
  private final int markLast;

  /**
   * @param markLast how many final epochs of each run to mark with dots (0: none)
   */
  public CurvesChart(List<Series> series, int width, int height, String title, int markLast) {
    this.series = List.copyOf(series);
    this.width = width;
    this.height = height;
    this.title = title;
    this.markLast = markLast;
  }

  /** Width in pixels. */
  public int width() {
    return width;
  }

  /** Height in pixels. */
  public int height() {
    return height;
  }

  /** The colour of series i (ARGB). */
  public static int colour(int i) {
    return COLOURS[i % COLOURS.length];
  }

  /** Draws the chart with its top-left corner at {@code (x, y)}. */
  public void display(PGraphics g, float x, float y) {
    int epochs = 1;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      epochs = Math.max(epochs, s.values().length);
      for (double v : s.values()) {
        if (!Double.isNaN(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    // round the range out to a step of 0.5, 1, 2, 2.5, 5, 10 or 20 percent, so every grid line is
    // a round number, with at most 6 steps
    double step = gridStep(lo, hi);
    lo = Math.floor(lo / step + 1e-9) * step;
    hi = Math.max(lo + step, Math.ceil(hi / step - 1e-9) * step);
    int steps = (int) Math.round((hi - lo) / step);
    float left = x + 60;
    float right = x + width - 20;
    float top = y + 44;
    float bottom = y + height - 50 - 18 * ((series.size() + 1) / 2);
    g.pushStyle();
    g.noStroke();
    g.fill(18);
    g.rect(x, y, width, height);
    g.textFont(Offscreen.font(16));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.fill(235);
    g.text(title, x + 12, y + 10);
    // horizontal grid and labels, one per step
    g.textFont(Offscreen.font(11));
    g.textAlign(PConstants.RIGHT, PConstants.CENTER);
    String format = step < 0.01 ? "%.1f%%" : "%.0f%%";
    for (int i = 0; i <= steps; i++) {
      double v = lo + step * i;
      float yy = yAt(v, lo, hi, top, bottom);
      g.stroke(50);
      g.line(left, yy, right, yy);
      g.fill(170);
      g.text(String.format(Locale.ROOT, format, v * 100), left - 6, yy);
    }
    // epoch ticks
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    int every = Math.max(1, epochs / 10);
    for (int e = 1; e <= epochs; e += every) {
      g.fill(170);
      g.text(String.valueOf(e), xAt(e, epochs, left, right), bottom + 4);
    }
    g.text("epoch", (left + right) / 2, bottom + 18);
    // one line per run
    g.strokeWeight(2);
    for (int s = 0; s < series.size(); s++) {
      double[] v = series.get(s).values();
      g.stroke(colour(s));
      float px = Float.NaN;
      float py = Float.NaN;
      for (int e = 1; e <= v.length; e++) {
        if (Double.isNaN(v[e - 1])) {
          continue;
        }
        float cx = xAt(e, epochs, left, right);
        float cy = yAt(v[e - 1], lo, hi, top, bottom);
        if (!Float.isNaN(px)) {
          g.line(px, py, cx, cy);
        }
        // the last K epochs (those the mean and variance cover) as dots
        g.strokeWeight(e > v.length - markLast ? 7 : 2);
        g.point(cx, cy);
        g.strokeWeight(2);
        px = cx;
        py = cy;
      }
    }
    // legend, two columns
    g.noStroke();
    g.textFont(Offscreen.font(12));
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    for (int s = 0; s < series.size(); s++) {
      float lx = x + 60 + (s % 2) * (width - 80) / 2f;
      float ly = bottom + 44 + (s / 2) * 18;
      g.fill(colour(s));
      g.rect(lx, ly - 4, 14, 8);
      g.fill(220);
      g.text(series.get(s).name(), lx + 20, ly);
    }
    g.popStyle();
  }

  // the smallest round step (a fraction) that spans [lo, hi] in at most 6 steps
  static double gridStep(double lo, double hi) {
    for (double step : new double[] {0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2}) {
      if (Math.ceil(hi / step - 1e-9) - Math.floor(lo / step + 1e-9) <= 6) {
        return step;
      }
    }
    return 0.25;
  }

  private static float xAt(int epoch, int epochs, float left, float right) {
    return epochs == 1 ? (left + right) / 2 : left + (right - left) * (epoch - 1) / (epochs - 1f);
  }

  private static float yAt(double v, double lo, double hi, float top, float bottom) {
    return (float) (bottom - (bottom - top) * (v - lo) / (hi - lo));
  }
}
