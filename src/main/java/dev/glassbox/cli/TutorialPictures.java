package dev.glassbox.cli;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.Augment;
import dev.glassbox.render.chart.AugmentRows;
import dev.glassbox.render.chart.CurvesChart;
import dev.glassbox.render.chart.DigitGrid;
import dev.glassbox.render.chart.LineChart;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Png;
import dev.glassbox.render.stepper.StepperScene;
import dev.glassbox.render.stepper.StepperState;
import dev.glassbox.render.studio.SpeedSeries;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import dev.glassbox.tutorial.Experiment;
import dev.glassbox.tutorial.FrontierRuns;
import dev.glassbox.tutorial.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import processing.core.PGraphics;

/** Draws the tutorials' pictures headless into PNGs: stepper frames, digits and training curves. */
final class TutorialPictures {
  private final Path dir;
  private final List<Path> written = new ArrayList<>();

  /** Pictures go into {@code dir} (created by the caller). */
  TutorialPictures(Path dir) {
    this.dir = dir;
  }

  /** Every PNG written so far. */
  List<Path> written() {
    return List.copyOf(written);
  }

  /**
   * The stepper window as {@code glassbox render} draws it: {@code trace} per layer at step
   * {@code step} (1-based), with neuron {@code pinNeuron} of code layer {@code pinLayer} pinned
   * (pinLayer 0: none) and the finite-difference check run when {@code check}.
   */
  void stepper(String name, Trace trace, String modelNote, int step, int pinLayer, int pinNeuron, boolean check) {
    StepperState s = new StepperState(trace, Granularity.PER_LAYER,
        "test image " + trace.sampleIndex() + " · label " + trace.label(), modelNote);
    if (pinLayer > 0) {
      s.pin(pinLayer, pinNeuron);
    }
    s.seek(step - 1);
    s.setProgress(1f);
    if (check) {
      s.runCheck();
    }
    PGraphics g = Offscreen.create(StepperScene.WIDTH, StepperScene.HEIGHT);
    g.beginDraw();
    new StepperScene(trace.sizes()).display(g, s);
    g.endDraw();
    save(g, name);
  }

  /** A grid of test digits. */
  void digits(String name, Dataset data, int[] indices, int cols, int scale, String title) {
    DigitGrid grid = new DigitGrid(data, indices, cols, scale, title);
    PGraphics g = Offscreen.create(grid.width() + 24, grid.height() + 24);
    g.beginDraw();
    g.background(18);
    grid.display(g, 12, 12);
    g.endDraw();
    save(g, name);
  }

  /** The default model's history: train cost above, validation and test accuracy below. */
  void history(String name, History h) {
    List<EpochResult> rows = h.rows();
    int epochs = rows.get(rows.size() - 1).epoch();
    PGraphics g = Offscreen.create(900, 620);
    g.beginDraw();
    g.background(0xFF14161A);
    new LineChart("Mean training cost per epoch (quadratic cost)", false).display(g, 0, 0, 900, 300, epochs,
        List.of(new LineChart.Series("train cost", 0xFFE8A33D, points(rows, 0), true)));
    new LineChart("Accuracy per epoch", true).display(g, 0, 300, 900, 320, epochs, List.of(
        new LineChart.Series("validation", 0xFF4EA8DE, points(rows, 1), true),
        new LineChart.Series("test", 0xFF81C784, points(rows, 2), true)));
    g.endDraw();
    save(g, name);
  }

  /**
   * Experiments side by side: each one's validation accuracy and, when {@code withTraining}, its
   * accuracy on its own training images (the history's test column, see {@link Experiment}).
   */
  void experiments(String name, String title, List<Experiment> runs, boolean withTraining) {
    List<CurvesChart.Series> series = new ArrayList<>();
    for (Experiment e : runs) {
      if (withTraining) {
        series.add(new CurvesChart.Series(e.name() + ": training images", column(e.history(), 2)));
      }
      series.add(new CurvesChart.Series(e.name() + ": validation images", column(e.history(), 1)));
    }
    CurvesChart chart = new CurvesChart(series, 900, 520, title, 0);
    PGraphics g = Offscreen.create(chart.width(), chart.height());
    g.beginDraw();
    chart.display(g, 0, 0);
    g.endDraw();
    save(g, name);
  }

  /**
   * Tutorial 5: each run's speed of learning per layer, side by side on the same log scale, as the
   * studio draws it (the smoothed curve and the epoch means).
   */
  void speeds(String name, List<Experiment> runs) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (Experiment e : runs) {
      for (EpochResult r : e.history().rows()) {
        for (double v : r.speeds().values()) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    int w = 600;
    int h = 440;
    PGraphics g = Offscreen.create(w * runs.size(), h);
    g.beginDraw();
    g.background(Palette.argb(Palette.BACKGROUND));
    for (int i = 0; i < runs.size(); i++) {
      Experiment e = runs.get(i);
      SpeedSeries.chart(e.name() + ": learning speed ‖∂C/∂bˡ‖ of layer l").spanY(lo, hi)
          .display(g, i * w + 4, 4, w - 8, h - 8, 0, e.config().epochs(), SpeedSeries.AXIS,
              SpeedSeries.of(e.speeds(), e.history().rows()));
    }
    g.endDraw();
    save(g, name);
  }

  /**
   * Tutorial 7: recorded runs' validation accuracy per epoch on one chart, each in its colour,
   * and when {@code withEta} the learning rate η each epoch trained at below it, on a log scale.
   */
  void runs(String name, String title, List<RunRecord> runs, boolean withEta) {
    List<CurvesChart.Series> series = new ArrayList<>();
    List<LineChart.Series> etas = new ArrayList<>();
    int epochs = 1;
    for (int i = 0; i < runs.size(); i++) {
      RunRecord r = runs.get(i);
      String label = FrontierRuns.named(r.name()).label();
      series.add(new CurvesChart.Series(label, column(r.history(), 1)));
      List<EpochResult> rows = r.history().rows();
      // the colours are the legend above's
      etas.add(new LineChart.Series("", CurvesChart.colour(i),
          LineChart.Points.of(rows, EpochResult::epoch, EpochResult::eta), true));
      epochs = Math.max(epochs, rows.size());
    }
    curvesWithEta(name, new CurvesChart(series, 900, 460 + 18 * ((runs.size() - 1) / 2), title, 0),
        withEta ? etas : null, epochs);
  }

  /** Tutorial 7: one run's validation and test accuracy per epoch, and η below. */
  void validationAndTest(String name, String title, RunRecord r) {
    List<EpochResult> rows = r.history().rows();
    CurvesChart chart = new CurvesChart(List.of(
        new CurvesChart.Series("validation accuracy (chooses the epoch to keep)", column(r.history(), 1)),
        new CurvesChart.Series("test accuracy (only reported)", column(r.history(), 2))), 900, 560, title, 0);
    curvesWithEta(name, chart, List.of(new LineChart.Series("η", Palette.argb(Palette.TEXT),
        LineChart.Points.of(rows, EpochResult::epoch, EpochResult::eta), true)), rows.size());
  }

  private void curvesWithEta(String name, CurvesChart chart, List<LineChart.Series> etas, int epochs) {
    int etaH = etas == null ? 0 : 240;
    PGraphics g = Offscreen.create(chart.width(), chart.height() + etaH);
    g.beginDraw();
    g.background(18);
    chart.display(g, 0, 0);
    if (etas != null) {
      new LineChart("Learning rate η in each epoch (log scale)", LineChart.Scale.LOG)
          .display(g, 0, chart.height(), chart.width(), etaH, 1, epochs, "epoch", etas);
    }
    g.endDraw();
    save(g, name);
  }

  /** Tutorial 7: training images beside their distortions in epochs 1, 2, ... ({@link AugmentRows}). */
  void augment(String name, Dataset train, Augment augment, long seed, int[] indices) {
    AugmentRows rows = new AugmentRows(train, augment, seed);
    int w = 1000;
    int h = 70 + 110 * indices.length;
    PGraphics g = Offscreen.create(w, h);
    g.beginDraw();
    g.background(Palette.argb(Palette.BACKGROUND));
    rows.display(g, 0, 0, w, h, indices, 0);
    g.endDraw();
    save(g, name);
  }

  private void save(PGraphics g, String name) {
    Path f = dir.resolve(name);
    Png.save(g, f);
    written.add(f);
  }

  // column 0: train cost, 1: validation accuracy, 2: test accuracy
  private static double value(EpochResult r, int column) {
    return column == 0 ? r.trainCost() : column == 1 ? r.validationAccuracy() : r.testAccuracy();
  }

  private static double[] column(History h, int column) {
    List<EpochResult> rows = h.rows();
    double[] v = new double[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = value(rows.get(i), column);
    }
    return v;
  }

  private static LineChart.Points points(List<EpochResult> rows, int column) {
    return LineChart.Points.of(rows, EpochResult::epoch, r -> value(r, column));
  }
}
