package dev.glassbox.render.studio;

import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import dev.glassbox.training.EvaluatedEpoch;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A view: the strip above the confusion matrix and the gallery that says which epoch's weights
 * they show, as two segments: the last evaluated epoch and the best one (the one Save keeps). The
 * picked segment is lit; clicking the other switches (see {@link Dashboard#toggleEpoch}).
 */
public final class EpochToggle {
  /** Height of the strip. */
  public static final float HEIGHT = 26;

  private float[] lastBox = new float[4];
  private float[] bestBox = new float[4];

  /** The segment texts: "epoch N (last)" and "epoch M (best, saved)", or one when they are the same epoch. */
  static String[] labels(EvaluatedEpoch last, EvaluatedEpoch best) {
    if (best == null || best == last || best.epoch() == last.epoch()) {
      return new String[] {epoch(last) + " (last and best)"};
    }
    return new String[] {epoch(last) + " (last)", epoch(best) + " (best, the one Save keeps)"};
  }

  private static String epoch(EvaluatedEpoch e) {
    return e.epoch() > 0 ? "epoch " + e.epoch() : "the loaded model";
  }

  /**
   * Draws the strip in the rectangle's top {@link #HEIGHT} pixels; nothing when there is no
   * evaluation yet.
   *
   * @param showBest whether the best epoch is the one shown
   */
  public void display(PGraphics g, float x, float y, float w, EvaluatedEpoch last, EvaluatedEpoch best,
      boolean showBest) {
    lastBox = new float[4];
    bestBox = new float[4];
    if (last == null) {
      return;
    }
    Panel.begin(g, x, y, w, HEIGHT, 12, PConstants.CENTER);
    g.fill(Palette.argb(Palette.DIM));
    String lead = "Matrix and mistakes of";
    g.text(lead, x + Panel.PAD, y + HEIGHT / 2);
    float sx = x + Panel.PAD + g.textWidth(lead) + 10;
    String[] labels = labels(last, best);
    boolean single = labels.length == 1;
    for (int i = 0; i < labels.length; i++) {
      boolean on = single || (i == 1) == showBest;
      float bw = Math.min(g.textWidth(labels[i]) + 16, x + w - Panel.PAD / 2 - sx);
      float[] box = {sx, y + 3, bw, HEIGHT - 6};
      g.noStroke();
      g.fill(Palette.argb(on ? Palette.LINE : Palette.GRID));
      g.rect(box[0], box[1], box[2], box[3], 4);
      g.fill(Palette.argb(on ? Palette.TEXT : Palette.DIM));
      g.textAlign(PConstants.CENTER, PConstants.CENTER);
      g.text(labels[i], box[0] + bw / 2, y + HEIGHT / 2 - 1);
      if (i == 0) {
        lastBox = box;
      } else {
        bestBox = box;
      }
      sx += bw + 6;
    }
    g.popStyle();
  }

  /** Which segment is under (mx, my): 0 the last epoch, 1 the best, -1 none. */
  public int segmentAt(float mx, float my) {
    if (inside(bestBox, mx, my)) {
      return 1;
    }
    return inside(lastBox, mx, my) ? 0 : -1;
  }

  /** The box {x, y, w, h} of segment i (0 last, 1 best) as last drawn; zero size when not drawn. */
  public float[] box(int i) {
    return (i == 0 ? lastBox : bestBox).clone();
  }

  private static boolean inside(float[] b, float mx, float my) {
    return b[2] > 0 && mx >= b[0] && mx <= b[0] + b[2] && my >= b[1] && my <= b[1] + b[3];
  }
}
