package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import java.util.ArrayList;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The network view's labels (layer headings, how a grid is numbered, its row indices), each on a
 * patch of background so no edge runs through it, and each moved up (or below its layer) when it
 * would cover the image, a neighbouring layer, the output's digits or another label. One instance
 * per frame: it remembers what it has placed.
 */
final class LayerLabels {
  private static final float STEP = 16;

  private final NetworkLayout layout;
  private final Rect bounds;
  private final List<Rect> blocks = new ArrayList<>();
  private final List<Rect> placed = new ArrayList<>();

  /** Labels for the layers of {@code layout}, the output being the last layer. */
  LayerLabels(NetworkLayout layout) {
    this.layout = layout;
    float[] b = layout.bounds();
    bounds = new Rect(b[0], b[1], b[2], b[3]);
    blocks.add(new Rect(layout.imageX(), layout.imageY(), layout.imageSide(), layout.imageSide()));
    int layers = layout.sizes().length;
    for (int l = 1; l < layers; l++) {
      blocks.add(block(l));
    }
    int out = layers - 1;
    if (!layout.compact(out) && layout.sizes()[out] <= 30) {
      // the output's digits, bars and values to its right, the target and the cost below it
      blocks.add(new Rect(layout.right(out), layout.top(out), NetworkLayout.OUTPUT_LABELS - 10,
          layout.bottom(out) - layout.top(out)));
      blocks.add(new Rect(layout.left(out), layout.bottom(out) + 10, NetworkLayout.OUTPUT_LABELS,
          40));
    }
  }

  /** Where the labels placed so far sit (for tests). */
  List<Rect> placed() {
    return List.copyOf(placed);
  }

  /** The image, each layer's neurons and the output's digits: what labels must not cover. */
  List<Rect> blocks() {
    return List.copyOf(blocks);
  }

  // a layer's neurons, with a grid's row labels
  private Rect block(int l) {
    float gutter = layout.compact(l) ? NetworkLayout.ROW_LABELS : 0;
    return new Rect(layout.left(l) - gutter, layout.top(l), layout.right(l) - layout.left(l) + gutter,
        layout.bottom(l) - layout.top(l));
  }

  /** The input image's heading above it and its note below it. */
  void input(PGraphics g, String heading, String note) {
    float cx = layout.imageX() + layout.imageSide() / 2;
    place(g, new String[] {heading}, new int[] {13}, cx, layout.imageY() - 8, 0, true);
    place(g, new String[] {note}, new int[] {11}, cx, layout.imageY() + layout.imageSide() + 20, 0, false);
  }

  /** Layer l's heading, and for a grid the line saying how it is numbered and its row labels. */
  void layer(PGraphics g, int l, String heading, String numbering) {
    if (layout.compact(l)) {
      place(g, new String[] {heading, numbering}, new int[] {13, 11}, layout.centerX(l), layout.top(l) - 7, l, true);
      rowLabels(g, l);
    } else {
      place(g, new String[] {heading}, new int[] {13}, layout.centerX(l), layout.top(l) - 8, l, true);
    }
  }

  // the lines centred on cx, the last one's bottom at `bottom` if that covers nothing, else higher
  // up (or lower down when `above` is false), else below the owner's block; owner indexes blocks
  private void place(PGraphics g, String[] lines, int[] sizes, float cx, float bottom, int owner, boolean above) {
    float tw = 0;
    float th = 0;
    for (int i = 0; i < lines.length; i++) {
      g.textFont(Fonts.of(sizes[i]));
      tw = Math.max(tw, g.textWidth(lines[i]));
      th += sizes[i] + 3;
    }
    float w = tw + 8;
    float x = clampX(cx - w / 2, w);
    float b = bottom;
    Rect r = new Rect(x, b - th - 1, w, th + 2);
    if (covers(r, owner)) {
      Rect own = blocks.get(owner);
      Rect found = free(x, w, th, bottom, owner);
      float dir = above ? -STEP : STEP;
      for (float by = bottom + dir; found == null && by - th >= bounds.y() && by <= bounds.bottom(); by += dir) {
        found = free(x, w, th, by, owner);
      }
      for (float by = own.bottom() + th + 6; found == null && by <= bounds.bottom(); by += STEP) {
        found = free(x, w, th, by, owner);
      }
      r = found != null ? found : r;
      b = r.y() + th + 1;
    }
    placed.add(r);
    g.noStroke();
    Palette.fill(g, Palette.BACKGROUND);
    g.rect(r.x(), r.y(), r.w(), r.h());
    g.textAlign(PConstants.CENTER, PConstants.BOTTOM);
    Palette.fill(g, Palette.DIM);
    float ly = b;
    for (int i = lines.length - 1; i >= 0; i--) {
      g.textFont(Fonts.of(sizes[i]));
      g.text(lines[i], r.x() + r.w() / 2, ly);
      ly -= sizes[i] + 3;
    }
  }

  // a free place with its bottom at `bottom`: centred, else shifted left or right a little at a time
  private Rect free(float x, float w, float th, float bottom, int owner) {
    for (int k = 0; k <= w / STEP + 1; k++) {
      for (int sign : new int[] {-1, 1}) {
        Rect c = new Rect(clampX(x + sign * k * STEP, w), bottom - th - 1, w, th + 2);
        if (!covers(c, owner)) {
          return c;
        }
      }
    }
    return null;
  }

  private float clampX(float x, float w) {
    return Math.max(bounds.x() + 2, Math.min(x, bounds.right() - w - 2));
  }

  private boolean covers(Rect r, int owner) {
    for (int i = 0; i < blocks.size(); i++) {
      if (i != owner && r.overlaps(blocks.get(i))) {
        return true;
      }
    }
    for (Rect p : placed) {
      if (r.overlaps(p)) {
        return true;
      }
    }
    return false;
  }

  // the index of each row's first neuron, left of a grid (every 2nd or 5th row when rows are thin)
  private void rowLabels(PGraphics g, int l) {
    float c = layout.cell(l);
    int every = c >= 10 ? 1 : c >= 6 ? 2 : 5;
    int size = (int) Math.max(9, Math.min(11, c * every - 1));
    Rect gutter = blocks.get(l);
    g.noStroke();
    Palette.fill(g, Palette.BACKGROUND);
    g.rect(gutter.x(), gutter.y() - 1, NetworkLayout.ROW_LABELS - 1, gutter.h() + 2);
    g.textFont(Fonts.of(size));
    g.textAlign(PConstants.RIGHT, PConstants.CENTER);
    Palette.fill(g, Palette.DIM);
    int per = layout.perRow(l);
    for (int r = 0; r < layout.rows(l); r += every) {
      g.text(Integer.toString(r * per), layout.left(l) - 4, layout.y(l, r * per) - 1);
    }
  }
}
