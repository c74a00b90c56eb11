package dev.glassbox.render.chart;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import java.util.List;
import java.util.Locale;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A view: one or more series of (x, y) points against epochs, in a titled panel, with axes, a
 * legend and labelled ticks. Series drawn later lie on top. After {@link #display}, {@link
 * #screenX} and {@link #screenY} map data to the pixels it used (for tests and hit-testing).
 *
 * <p>The y range: percentages zoom to the data (to tenths, at most [0, 100%]), so the last few
 * tenths of accuracy stay visible; a log scale spans whole decades around the positive data; other
 * values run from 0 to a round number above the largest. The x axis is named under its tick labels.
 * The legend sits beside the title, or on its own line under it when both do not fit.
 */
public final class LineChart {
  /** The points of a series, read in place (no copying per frame). */
  public interface Points {
    /** The points (x(row), y(row)) of a list, read in place. */
    static <T> Points of(java.util.List<T> rows, java.util.function.ToDoubleFunction<T> x,
        java.util.function.ToDoubleFunction<T> y) {
      return new Points() {
        @Override
        public int size() {
          return rows.size();
        }

        @Override
        public double x(int i) {
          return x.applyAsDouble(rows.get(i));
        }

        @Override
        public double y(int i) {
          return y.applyAsDouble(rows.get(i));
        }
      };
    }

    /** The points of a training curve, read in place. */
    static Points of(dev.glassbox.training.Curve c) {
      return new Points() {
        @Override
        public int size() {
          return c.size();
        }

        @Override
        public double x(int i) {
          return c.x(i);
        }

        @Override
        public double y(int i) {
          return c.y(i);
        }
      };
    }

    /** Number of points. */
    int size();

    /** x of point i. */
    double x(int i);

    /** y of point i (NaN points are skipped). */
    double y(int i);
  }

  /**
   * One curve.
   *
   * @param name shown in the legend (empty: no legend entry)
   * @param colour ARGB
   * @param points the data
   * @param markers whether to draw a dot at every point (for per-epoch values)
   * @param line whether to join the points by a line
   */
  public record Series(String name, int colour, Points points, boolean markers, boolean line) {
    /** A series drawn as a line (with dots at its points when {@code markers}). */
    public Series(String name, int colour, Points points, boolean markers) {
      this(name, colour, points, markers, true);
    }
  }

  /** How y is scaled. */
  public enum Scale {
    /** From 0 to a round number above the largest value. */
    LINEAR,
    /** A fraction shown as a percentage, zoomed to tenths around the data. */
    PERCENT,
    /** Log10, whole decades around the positive values (values ≤ 0 are not drawn). */
    LOG
  }

  private static final float LEFT = 48;
  private static final float BOTTOM = 40;
  private static final float MARKER = 7;
  private static final float LEGEND_ROW = 18;

  private final String title;
  private final Scale scale;
  private double fixedLo = Double.NaN;
  private double fixedHi = Double.NaN;
  private float xLabelX;
  private float xLabelY;
  private double x0;
  private double x1 = 1;
  private double y0;
  private double y1 = 1;
  private float plotX;
  private float plotY;
  private float plotW = 1;
  private float plotH = 1;

  /**
   * @param title shown at the top
   * @param percent whether y is a fraction shown as a percentage
   */
  public LineChart(String title, boolean percent) {
    this(title, percent ? Scale.PERCENT : Scale.LINEAR);
  }

  /**
   * @param title shown at the top
   * @param scale how y is scaled
   */
  public LineChart(String title, Scale scale) {
    this.title = title;
    this.scale = scale;
  }

  /** Draws the chart in the rectangle, x from 0 to {@code xMax} epochs. */
  public void display(PGraphics g, float x, float y, float w, float h, double xMax,
      List<Series> series) {
    display(g, x, y, w, h, 0, Math.max(1, xMax), "epoch", series);
  }

  /** Draws the chart in the rectangle, x from {@code xMin} to {@code xMax}, named {@code xLabel}. */
  public void display(PGraphics g, float x, float y, float w, float h, double xMin, double xMax,
      String xLabel, List<Series> series) {
    Panel.display(g, x, y, w, h, title);
    g.pushStyle();
    g.textFont(Offscreen.font(14));
    float titleW = g.textWidth(title);
    // the legend beside the title when there is room, else on a line of its own under it
    boolean ownRow = Panel.PAD + titleW + 16 + legendWidth(g, series) > w - Panel.PAD;
    float below = ownRow ? LEGEND_ROW : 0;
    plotX = x + LEFT;
    plotY = y + Panel.TITLE + 14 + below;
    plotW = w - LEFT - Panel.PAD - 4;
    plotH = h - Panel.TITLE - 14 - below - BOTTOM;
    x0 = xMin;
    x1 = xMax > xMin ? xMax : xMin + 1;
    yRange(series);
    axes(g, xLabel);
    for (Series s : series) {
      curve(g, s);
    }
    legend(g, x + w - Panel.PAD, ownRow ? y + Panel.TITLE + 1 : y + 7, series);
    g.popStyle();
  }

  /**
   * Makes y span at least [lo, hi] whatever the data (so that two charts compare at a glance);
   * NaN, NaN: fitted to the data again.
   */
  public LineChart spanY(double lo, double hi) {
    fixedLo = lo;
    fixedHi = hi;
    return this;
  }

  /** Where the x axis's name was drawn (its centre, top), as last drawn. */
  public float[] xLabelAt() {
    return new float[] {xLabelX, xLabelY};
  }

  /** The y scale. */
  public Scale scale() {
    return scale;
  }

  /** The screen x of data x, as last drawn. */
  public float screenX(double v) {
    return (float) (plotX + (v - x0) / (x1 - x0) * plotW);
  }

  /** The screen y of data y, as last drawn. */
  public float screenY(double v) {
    if (scale == Scale.LOG) {
      return (float) (plotY + plotH - (Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) * plotH);
    }
    return (float) (plotY + plotH - (v - y0) / (y1 - y0) * plotH);
  }

  // whether y = v can be drawn on this scale
  private boolean drawable(double v) {
    return Double.isFinite(v) && (scale != Scale.LOG || v > 0);
  }

  private void yRange(List<Series> series) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.points().size(); i++) {
        double v = s.points().y(i);
        if (drawable(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!Double.isNaN(fixedLo)) {
      lo = Math.min(lo, fixedLo);
      hi = Math.max(hi, fixedHi);
    }
    if (scale == Scale.LOG) {
      // whole decades around the data
      y0 = Double.isFinite(lo) ? Math.pow(10, Math.floor(Math.log10(lo) + 1e-9)) : 0.01;
      y1 = Double.isFinite(hi) ? Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9)) : 1;
      if (y1 <= y0) {
        y1 = y0 * 10;
      }
    } else if (scale == Scale.PERCENT) {
      // zoom to tenths around the data, never beyond [0, 1]
      y1 = hi > lo ? Math.min(1, Math.ceil(hi * 10 + 1e-9) / 10) : 1;
      y0 = hi > lo || Double.isFinite(lo) ? Math.max(0, Math.floor(lo * 10 - 1e-9) / 10) : 0;
      if (y1 - y0 < 0.1) {
        y0 = Math.max(0, y1 - 0.1);
      }
    } else {
      y0 = 0;
      y1 = Double.isFinite(hi) && hi > 0 ? niceCeil(hi) : 1;
    }
  }

  // the smallest of 1, 2, 2.5, 5 times a power of ten at or above v
  private static double niceCeil(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private void axes(PGraphics g, String xLabel) {
    g.textFont(Offscreen.font(11));
    g.strokeWeight(1);
    // horizontal grid lines with y labels, at round steps (decades on a log scale)
    g.textAlign(PConstants.RIGHT, PConstants.CENTER);
    if (scale == Scale.LOG) {
      int decades = (int) Math.round(Math.log10(y1 / y0));
      int every = decades <= 6 ? 1 : (decades + 5) / 6;
      for (int i = 0; i <= decades; i++) {
        double v = y0 * Math.pow(10, i);
        float sy = screenY(v);
        g.stroke(Palette.argb(Palette.GRID));
        g.line(plotX, sy, plotX + plotW, sy);
        if (i % every == 0) {
          g.fill(Palette.argb(Palette.DIM));
          g.text(decadeLabel(v), plotX - 6, sy);
        }
      }
    } else {
      int n = intervals(y1 - y0);
      for (int i = 0; i <= n; i++) {
        double v = y0 + (y1 - y0) * i / n;
        float sy = screenY(v);
        g.stroke(Palette.argb(Palette.GRID));
        g.line(plotX, sy, plotX + plotW, sy);
        g.fill(Palette.argb(Palette.DIM));
        g.text(scale == Scale.PERCENT ? percentLabel(v) : label(v), plotX - 6, sy);
      }
    }
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    for (double e : xTicks(x0, x1, xLabel.startsWith("epoch"))) {
      float sx = screenX(e);
      g.stroke(Palette.argb(Palette.GRID));
      g.line(sx, plotY + plotH, sx, plotY + plotH + 4);
      g.fill(Palette.argb(Palette.DIM));
      g.text(label(e), sx, plotY + plotH + 5);
    }
    // the axis's name under the tick labels, centred: beside the first tick it read as "epoch 0"
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    xLabelX = plotX + plotW / 2;
    xLabelY = plotY + plotH + 20;
    g.text(xLabel, xLabelX, xLabelY);
    g.stroke(Palette.argb(Palette.DIM));
    g.line(plotX, plotY + plotH, plotX + plotW, plotY + plotH);
    g.line(plotX, plotY, plotX, plotY + plotH);
  }

  /**
   * The x ticks: about ten at a round step, whole numbers on an epoch axis. None is -0: the first
   * tick of an axis from 0 came out as -0.0 and printed "-0", which read as "epoch-0".
   */
  public static double[] xTicks(double from, double to, boolean whole) {
    double step = niceCeil((to - from) / 10);
    if (whole) {
      step = Math.max(1, Math.ceil(step));
    }
    java.util.List<Double> ticks = new java.util.ArrayList<>();
    for (double t = Math.ceil(from / step - 1e-9) * step; t <= to + 1e-9; t += step) {
      ticks.add(t + 0.0); // + 0.0 turns -0.0 into 0.0
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A tick's text. */
  public static String tickLabel(double v) {
    return label(v);
  }

  // 3 to 6 intervals whose step is 1, 2, 2.5 or 5 times a power of ten (else 4)
  private static int intervals(double range) {
    for (int n : new int[] {4, 5, 3, 6}) {
      double step = range / n;
      double m = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
      for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
        if (Math.abs(m - nice) < 1e-6) {
          return n;
        }
      }
    }
    return 4;
  }

  private static String percentLabel(double v) {
    double p = v * 100;
    return Math.abs(p - Math.round(p)) < 1e-6 ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  // 10^k as a plain decimal down to 0.001, below that as 1e-4, 1e-5, ...
  public static String decadeLabel(double v) {
    int k = (int) Math.round(Math.log10(v));
    if (k >= 0) {
      return String.format(Locale.ROOT, "%.0f", Math.pow(10, k));
    }
    return k >= -3 ? String.format(Locale.ROOT, "%." + (-k) + "f", Math.pow(10, k)) : "1e" + k;
  }

  private static String label(double v) {
    return v >= 10 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 1 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private void curve(PGraphics g, Series s) {
    Points p = s.points();
    int n = p.size();
    if (n == 0) {
      return;
    }
    // at most about two points per pixel column: a long curve costs no more than a short one
    int step = Math.max(1, (int) (n / (2 * plotW)));
    if (s.line()) {
      g.noFill();
      g.stroke(s.colour());
      g.strokeWeight(2);
      g.beginShape();
      for (int i = 0; i < n; i += step) {
        vertex(g, p, i);
      }
      if ((n - 1) % step != 0) {
        vertex(g, p, n - 1);
      }
      g.endShape();
    }
    if (s.markers()) {
      g.noStroke();
      g.fill(s.colour());
      for (int i = 0; i < n; i++) {
        if (drawable(p.y(i))) {
          g.ellipse(screenX(p.x(i)), screenY(p.y(i)), MARKER, MARKER);
        }
      }
    }
  }

  private void vertex(PGraphics g, Points p, int i) {
    double v = p.y(i);
    if (drawable(v)) {
      g.vertex(screenX(p.x(i)), screenY(v));
    }
  }

  // the legend's width; series with an empty name have no entry
  private static float legendWidth(PGraphics g, List<Series> series) {
    g.textFont(Offscreen.font(12));
    float w = 0;
    for (Series s : series) {
      if (!s.name().isEmpty()) {
        w += g.textWidth(s.name()) + 32;
      }
    }
    return w;
  }

  private static void legend(PGraphics g, float right, float y, List<Series> series) {
    g.textFont(Offscreen.font(12));
    g.textAlign(PConstants.RIGHT, PConstants.TOP);
    float x = right;
    for (int i = series.size() - 1; i >= 0; i--) {
      Series s = series.get(i);
      if (s.name().isEmpty()) {
        continue;
      }
      g.fill(Palette.argb(Palette.TEXT));
      g.noStroke();
      g.text(s.name(), x, y + 1);
      x -= g.textWidth(s.name()) + 6;
      g.fill(s.colour());
      g.rect(x - 12, y + 6, 12, 4, 2);
      x -= 26;
    }
  }
}
