package dev.glassbox.render.studio;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.render.chart.ConfusionHeatmap;
import dev.glassbox.render.chart.DigitGallery;
import dev.glassbox.render.chart.LineChart;
import dev.glassbox.render.chart.WeightImages;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.EvaluatedEpoch;
import dev.glassbox.training.Evaluation;
import dev.glassbox.training.TrainingSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The studio's picture of a run, composed of the views: the progress bar on top; accuracy, cost and
 * per-layer speed-of-learning curves; then the first layer's weights, and the confusion heatmap and
 * the gallery of misclassified digits of one evaluated epoch (the last, or the best: the
 * {@link EpochToggle} above them says which). The window and the headless PNG both draw this. It
 * keeps the view state a learner changes by clicking: the epoch shown, the picked confusion cell
 * (the gallery then shows its digits) and the page.
 */
public final class Dashboard {
  private static final float GAP = 10;
  private static final float PROGRESS = 62;
  private boolean showBest;

  private final ProgressBarView progress = new ProgressBarView();
  private final LineChart accuracy = new LineChart("Accuracy after each epoch", true);
  private final LineChart cost = new LineChart("Training cost", false);
  private final LineChart speed = SpeedSeries.chart(SpeedSeries.TITLE);
  private final EpochToggle epochToggle = new EpochToggle();
  private final WeightImages weights = new WeightImages(false);
  private final ConfusionHeatmap heatmap = new ConfusionHeatmap();
  private final DigitGallery gallery = new DigitGallery(2);
  private int selectedTrue = -1;
  private int selectedPredicted = -1;
  private int page;
  private Evaluation listedFor;
  private int listedTrue = -2;
  private int listedPredicted = -2;
  private int[] listed = new int[0];
  private int[] listedPredictions = new int[0];
  private float[] moreButton = new float[4];

  /** Draws the whole dashboard in the rectangle, from one snapshot. */
  public void display(PGraphics g, float x, float y, float w, float h, TrainingSnapshot s,
      MnistSplit split) {
    progress.display(g, x, y, w, PROGRESS, s.progress());
    float chartsY = y + PROGRESS + GAP;
    float chartsH = Math.round((h - PROGRESS - 2 * GAP) * 0.40f);
    float third = Math.round((w - 2 * GAP) / 3);
    float speedW = w - 2 * third - 2 * GAP;
    accuracy.display(g, x, chartsY, third, chartsH, s.epochSpan(), accuracySeries(s.history()));
    cost.display(g, x + third + GAP, chartsY, third, chartsH, s.epochSpan(), costSeries(s));
    speed.display(g, x + 2 * (third + GAP), chartsY, speedW, chartsH, 0, s.epochSpan(), SpeedSeries.AXIS,
        SpeedSeries.of(s.speeds(), s.history()));
    float rowY = chartsY + chartsH + GAP;
    float rowH = y + h - rowY;
    float ww = Math.round(w * 0.385f);
    float hw = Math.round(w * 0.275f);
    float gw = w - ww - hw - 2 * GAP;
    weights.display(g, x, rowY, ww, rowH, s.weights());
    EvaluatedEpoch shown = shownEpoch(s);
    float hx = x + ww + GAP;
    epochToggle.display(g, hx, rowY, hw + GAP + gw, s.last(), s.best(), showBest);
    float evalY = shown == null ? rowY : rowY + EpochToggle.HEIGHT + 6;
    float evalH = y + h - evalY;
    Evaluation e = shown == null ? null : shown.shown();
    String which = shown != null && shown.test() != null ? "test" : "validation";
    heatmap.display(g, hx, evalY, hw, evalH, heatmapTitle(g, hw, shown, which),
        e == null ? null : e.confusion(), selectedTrue, selectedPredicted);
    displayGallery(g, x + ww + hw + 2 * GAP, evalY, gw, evalH, shown, split, e, which);
  }

  // "Confusion matrix, test set, epoch 30", shortened until it fits the panel's title strip
  static String heatmapTitle(PGraphics g, float w, EvaluatedEpoch shown, String which) {
    if (shown == null) {
      return "Confusion matrix";
    }
    String epoch = shown.epoch() > 0 ? "epoch " + shown.epoch() : "loaded model";
    String[] tries = {"Confusion matrix, " + which + " set, " + epoch, "Confusion, " + which + " set, " + epoch,
        which.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + which.substring(1) + " set, " + epoch};
    g.pushStyle();
    g.textFont(Offscreen.font(14));
    String pick = tries[tries.length - 1];
    for (String t : tries) {
      if (g.textWidth(t) <= w - 2 * Panel.PAD) {
        pick = t;
        break;
      }
    }
    g.popStyle();
    return pick;
  }

  /**
   * The evaluated epoch the heatmap and gallery show: the best when the learner picked it (and
   * there is one), else the last; null before any evaluation.
   */
  public EvaluatedEpoch shownEpoch(TrainingSnapshot s) {
    return showBest && s.best() != null ? s.best() : s.last();
  }

  /** Whether the best epoch (rather than the last) is picked for the heatmap and gallery. */
  public boolean showsBest() {
    return showBest;
  }

  /** Switches the heatmap and gallery between the last evaluated epoch and the best one. */
  public void toggleEpoch() {
    showBest = !showBest;
    page = 0;
  }

  /** Whether (mx, my) is on the segment of the epoch not shown now; if so, switches to it. */
  public boolean epochToggleAt(float mx, float my) {
    int seg = epochToggle.segmentAt(mx, my);
    if (seg < 0 || (seg == 1) == showBest) {
      return seg >= 0;
    }
    toggleEpoch();
    return true;
  }

  private void displayGallery(PGraphics g, float x, float y, float w, float h, EvaluatedEpoch shown,
      MnistSplit split, Evaluation e, String which) {
    list(e);
    Dataset data = e == null ? null : dataset(shown, split);
    String title;
    if (e == null) {
      title = "Misclassified digits";
    } else if (selectedTrue >= 0) {
      title = "True " + selectedTrue + ", predicted " + selectedPredicted + ": " + listed.length;
    } else {
      title = "Misclassified " + which + " digits: " + listed.length;
    }
    // leave room for the page button; the heatmap's title already names the set
    g.pushStyle();
    g.textFont(Offscreen.font(14));
    if (e != null && g.textWidth(title) + 110 > w - 2 * Panel.PAD) {
      title = selectedTrue >= 0 ? "True " + selectedTrue + " → " + selectedPredicted + ": " + listed.length
          : "Misclassified: " + listed.length;
    }
    g.popStyle();
    if (page * Math.max(1, gallery.capacity()) >= listed.length) {
      page = 0;
    }
    int first = page * Math.max(1, gallery.capacity());
    String note = e == null ? "" : "click a digit to step through it" + (selectedTrue >= 0 ? "; click the cell again for all" : "");
    gallery.display(g, x, y, w, h, title, data, listed, listedPredictions, first, note);
    // a "more" button when the digits do not fit on one page
    if (listed.length > gallery.capacity() && gallery.capacity() > 0) {
      int pages = (listed.length + gallery.capacity() - 1) / gallery.capacity();
      String label = "page " + (page + 1) + "/" + pages + " ›";
      g.pushStyle();
      g.textFont(Offscreen.font(12));
      float bw = g.textWidth(label) + 12;
      moreButton = new float[] {x + w - Panel.PAD - bw, y + 5, bw, 18};
      g.noStroke();
      g.fill(Palette.argb(Palette.GRID));
      g.rect(moreButton[0], moreButton[1], moreButton[2], moreButton[3], 4);
      g.fill(Palette.argb(Palette.TEXT));
      g.textAlign(PConstants.CENTER, PConstants.CENTER);
      g.text(label, moreButton[0] + bw / 2, moreButton[1] + 8);
      g.popStyle();
    } else {
      moreButton = new float[4];
    }
  }

  // the gallery's digits: the picked cell's, or every misclassified one
  private void list(Evaluation e) {
    if (e == listedFor && listedTrue == selectedTrue && listedPredicted == selectedPredicted) {
      return;
    }
    listedFor = e;
    listedTrue = selectedTrue;
    listedPredicted = selectedPredicted;
    List<Integer> idx = new ArrayList<>();
    if (e != null) {
      for (int i = 0; i < e.total(); i++) {
        boolean pick = selectedTrue >= 0
            ? e.label(i) == selectedTrue && e.predicted(i) == selectedPredicted
            : e.label(i) != e.predicted(i);
        if (pick) {
          idx.add(i);
        }
      }
    }
    listed = idx.stream().mapToInt(Integer::intValue).toArray();
    listedPredictions = new int[listed.length];
    for (int k = 0; k < listed.length; k++) {
      listedPredictions[k] = e.predicted(listed[k]);
    }
  }

  /** The data set an epoch's heatmap and gallery describe: test if evaluated, else validation. */
  public static Dataset dataset(EvaluatedEpoch e, MnistSplit split) {
    if (split == null || e == null) {
      return null;
    }
    return e.test() != null ? split.test() : split.validation();
  }

  private static List<LineChart.Series> accuracySeries(List<EpochResult> rows) {
    return List.of(
        new LineChart.Series("test", Palette.argb(Palette.TEXT), epochPoints(rows, EpochResult::testAccuracy), true),
        new LineChart.Series("validation", Palette.argb(Palette.DIM),
            epochPoints(rows, EpochResult::validationAccuracy), true));
  }

  private static List<LineChart.Series> costSeries(TrainingSnapshot s) {
    LineChart.Points batches = LineChart.Points.of(s.cost());
    return List.of(
        new LineChart.Series("per batch, smoothed", Palette.argb(Palette.COST), batches, false),
        new LineChart.Series("epoch mean", Palette.argb(Palette.TEXT),
            epochPoints(s.history(), EpochResult::trainCost), true));
  }

  // one point per epoch, at x = epoch (the end of that epoch)
  private static LineChart.Points epochPoints(List<EpochResult> rows, ToDoubleFunction<EpochResult> f) {
    return LineChart.Points.of(rows, EpochResult::epoch, f);
  }

  /** The confusion cell {true, predicted} under (mx, my), or null. */
  public int[] cellAt(float mx, float my) {
    return heatmap.cellAt(mx, my);
  }

  /** Picks a confusion cell (the gallery shows its digits); picking it again shows all mistakes. */
  public void toggle(int t, int p) {
    if (t == selectedTrue && p == selectedPredicted) {
      selectedTrue = -1;
      selectedPredicted = -1;
    } else {
      selectedTrue = t;
      selectedPredicted = p;
    }
    page = 0;
  }

  /** Whether (mx, my) is on the gallery's page button; if so, turns the page. */
  public boolean nextPageAt(float mx, float my) {
    float[] b = moreButton;
    if (b[2] > 0 && mx >= b[0] && mx <= b[0] + b[2] && my >= b[1] && my <= b[1] + b[3]) {
      page++;
      return true;
    }
    return false;
  }

  /** The index (in the gallery's data set) of the digit under (mx, my), or -1. */
  public int digitAt(float mx, float my) {
    return gallery.indexAt(mx, my);
  }

  /** The accuracy chart, as last drawn (for its coordinate mapping). */
  public LineChart accuracyChart() {
    return accuracy;
  }

  /** The speed-of-learning chart, as last drawn. */
  public LineChart speedChart() {
    return speed;
  }

  /** The cost chart, as last drawn. */
  public LineChart costChart() {
    return cost;
  }

  /** The strip that picks the last or the best epoch, as last drawn. */
  public EpochToggle epochToggle() {
    return epochToggle;
  }

  /** The heatmap, as last drawn. */
  public ConfusionHeatmap heatmap() {
    return heatmap;
  }

  /** The gallery, as last drawn. */
  public DigitGallery gallery() {
    return gallery;
  }
}
