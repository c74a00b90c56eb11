package dev.glassbox.render;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.training.Curve;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.Evaluation;
import dev.glassbox.training.TrainingSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The studio's picture of a run, composed of the views: the progress bar on top; accuracy and cost
 * curves; then the first layer's weights, the confusion heatmap and the gallery of misclassified
 * digits. The window and the headless PNG both draw this. It keeps the view state a learner
 * changes by clicking: the picked confusion cell (the gallery then shows its digits) and the page.
 */
public final class Dashboard {
  private static final float GAP = 10;
  private static final float PROGRESS = 62;

  private final ProgressBarView progress = new ProgressBarView();
  private final LineChart accuracy = new LineChart("Accuracy after each epoch", true);
  private final LineChart cost = new LineChart("Training cost", false);
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
    float half = (w - GAP) / 2;
    accuracy.display(g, x, chartsY, half, chartsH, s.epochSpan(), accuracySeries(s.history()));
    cost.display(g, x + half + GAP, chartsY, half, chartsH, s.epochSpan(), costSeries(s));
    float rowY = chartsY + chartsH + GAP;
    float rowH = y + h - rowY;
    float ww = Math.round(w * 0.385f);
    float hw = Math.round(w * 0.275f);
    float gw = w - ww - hw - 2 * GAP;
    weights.display(g, x, rowY, ww, rowH, s.weights());
    Evaluation e = s.shown();
    String which = s.test() != null ? "test" : "validation";
    heatmap.display(g, x + ww + GAP, rowY, hw, rowH,
        e == null ? "Confusion matrix" : "Confusion matrix, " + which + " set",
        e == null ? null : e.confusion(), selectedTrue, selectedPredicted);
    displayGallery(g, x + ww + hw + 2 * GAP, rowY, gw, rowH, s, split, e, which);
  }

  private void displayGallery(PGraphics g, float x, float y, float w, float h, TrainingSnapshot s,
      MnistSplit split, Evaluation e, String which) {
    list(e);
    Dataset data = e == null ? null : dataset(s, split);
    String title;
    if (e == null) {
      title = "Misclassified digits";
    } else if (selectedTrue >= 0) {
      title = "True " + selectedTrue + ", predicted " + selectedPredicted + ": " + listed.length;
    } else {
      title = "Misclassified " + which + " digits: " + listed.length;
    }
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

  /** The data set the heatmap and gallery describe: test if evaluated, else validation. */
  public static Dataset dataset(TrainingSnapshot s, MnistSplit split) {
    if (split == null) {
      return null;
    }
    return s.test() != null ? split.test() : split.validation();
  }

  private static List<LineChart.Series> accuracySeries(List<EpochResult> rows) {
    return List.of(
        new LineChart.Series("test", Palette.argb(Palette.TEXT), epochPoints(rows, EpochResult::testAccuracy), true),
        new LineChart.Series("validation", Palette.argb(Palette.DIM),
            epochPoints(rows, EpochResult::validationAccuracy), true));
  }

  private static List<LineChart.Series> costSeries(TrainingSnapshot s) {
    Curve c = s.cost();
    LineChart.Points batches = new LineChart.Points() {
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

  /** The heatmap, as last drawn. */
  public ConfusionHeatmap heatmap() {
    return heatmap;
  }

  /** The gallery, as last drawn. */
  public DigitGallery gallery() {
    return gallery;
  }
}
