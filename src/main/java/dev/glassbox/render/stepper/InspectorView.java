package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.ScrollHint;
import dev.glassbox.render.shared.Typeset;
import java.util.ArrayList;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The inspector panel: the lines of {@link InspectorText} wrapped to the panel, the "check it"
 * button, and for a first-layer neuron its weight, gradient and update pictures.
 */
public final class InspectorView extends ScrollingText {
  // about two lines of numbers under the current equation
  private static final float NUMBERS_BELOW = 44;
  // the height of the "check it" button and its caption, below the panel's padding
  private static final float BUTTON_BAND = 42;
  private static final float PAD = 12;

  private final NeuronImages images = new NeuronImages();

  /** An inspector in the rectangle (x, y, w, h). */
  public InspectorView(float x, float y, float w, float h) {
    super(x, y, w, h);
  }

  /** The "check it" button's rectangle {x, y, w, h}. */
  public float[] checkButton() {
    return new float[] {x + w - 110, y + 8, 100, 24};
  }

  /** Whether (px, py) is on the "check it" button. */
  public boolean onCheckButton(float px, float py) {
    float[] b = checkButton();
    return px >= b[0] && px < b[0] + b[2] && py >= b[1] && py < b[1] + b[3];
  }

  /** Draws the panel for the state's pinned neuron (or the hint). */
  public void display(PGraphics g, StepperState s) {
    g.pushStyle();
    // the panel
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.LINE);
    g.strokeWeight(1);
    g.rect(x, y, w, h, 6);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    boolean firstLayer = s.pinned() && s.pinLayer() == 1 && s.trace().size(0) == 784;
    float bottom = y + PAD + textHeight(s);
    MathLayout.Result r = layout(s, bottom - (y + PAD));
    // scrolled text runs below the "check it" button, not under it
    float most = r.overflow() + (s.pinned() && r.overflow() > 0 ? BUTTON_BAND : 0);
    scroll = Math.max(0, Math.min(scroll, most));
    float band = scroll > 0 && s.pinned() ? BUTTON_BAND : 0;
    float top = y + PAD + band;
    float clipH = bottom - top - (r.overflow() > 0 ? ScrollHint.HEIGHT : 0);
    drawLines(g, r, x + PAD, top, clipH);
    if (r.overflow() > 0) {
      scrollHint(g, r, bottom);
    }
    if (s.pinned()) {
      checkButton(g, s);
    }
    if (firstLayer) {
      StepIndex idx = s.index();
      boolean[] known = {true,
          idx.reached(dev.glassbox.trace.explain.StepKind.WEIGHT_GRADIENT, 1, s.pinNeuron(), s.cursor()),
          idx.reached(dev.glassbox.trace.explain.StepKind.UPDATE, 1, s.pinNeuron(), s.cursor())};
      images.display(g, s.trace(), s.pinNeuron(), x + PAD, y + h - PAD - NeuronImages.height() + 6, known);
    }
    g.popStyle();
  }

  // the button, labelled with the weight it checks
  private void checkButton(PGraphics g, StepperState s) {
    float[] b = checkButton();
    Palette.fill(g, s.check() == null ? Palette.PANEL : Palette.LINE);
    Palette.stroke(g, Palette.DIM);
    g.rect(b[0], b[1], b[2], b[3], 4);
    Palette.fill(g, Palette.TEXT);
    g.textFont(Fonts.of(12));
    g.textAlign(PConstants.CENTER, PConstants.CENTER);
    g.text("check it (c)", b[0] + b[2] / 2, b[1] + b[3] / 2 - 1);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    int k = s.checkedInput();
    String label = "\\text{checks }w^{" + (s.pinLayer() + 1) + "}_{" + s.pinNeuron() + "," + k + "}";
    float lw = Typeset.width(label, 13);
    Typeset.draw(g, label, 13, Palette.DIM, b[0] + b[2] - lw, b[1] + b[3] + 3);
  }

  /**
   * The laid-out text for the state in a panel {@code height} high below the title row (rebuilt
   * only when what it says can change).
   */
  MathLayout.Result layout(StepperState s, float height) {
    Object key = java.util.Arrays.asList(s.trace(), s.pinLayer(), s.pinNeuron(), s.cursor(), s.check(),
        s.stepper().granularity(), height);
    return cachedLayout(key, height, hh -> compute(s, (float) hh));
  }

  // a new step shows the equation it computes ("▸") with room for its numbers below: the panel
  // stays at the top when that fits, else the equation becomes the top line
  @Override
  float startScroll(MathLayout.Result r) {
    float visible = r.height() - r.overflow();
    for (MathLayout.Placed p : r.lines()) {
      if (p.latex().contains("▸")) {
        boolean fits = p.y() + p.height() + NUMBERS_BELOW <= visible;
        return fits ? 0 : Math.max(0, Math.min(r.overflow() + BUTTON_BAND, p.y() - 4));
      }
    }
    return 0;
  }

  // the lines laid out in `height`; the title row leaves room for the "check it" button
  private MathLayout.Result compute(StepperState s, float height) {
    List<MathLayout.Block> blocks = new ArrayList<>();
    for (InspectorText.Line line : InspectorText.lines(s)) {
      blocks.add(line.block());
    }
    MathLayout.Result all = MathLayout.layout(blocks, w - 2 * PAD, height);
    if (all.lines().isEmpty() || !s.pinned()) {
      return all;
    }
    MathLayout.Placed title = all.lines().get(0);
    if (title.x() + title.width() <= w - 2 * PAD - 116) {
      return all;
    }
    MathLayout.Result head = MathLayout.layout(blocks.subList(0, 1), w - 2 * PAD - 116, height);
    MathLayout.Result rest = MathLayout.layout(blocks.subList(1, blocks.size()), w - 2 * PAD, height - head.height());
    List<MathLayout.Placed> lines = new ArrayList<>(head.lines());
    for (MathLayout.Placed p : rest.lines()) {
      lines.add(new MathLayout.Placed(p.latex(), p.size(), p.rgb(), p.x(), p.y() + head.height(), p.width(),
          p.height()));
    }
    return new MathLayout.Result(lines, rest.scale(), head.height() + rest.height(), rest.overflow());
  }

  /** The inner width of the text area. */
  public float textWidth() {
    return w - 2 * PAD;
  }

  /** The height the text may take for the state (less the first-layer pictures). */
  public float textHeight(StepperState s) {
    boolean firstLayer = s.pinned() && s.pinLayer() == 1 && s.trace().size(0) == 784;
    return h - 2 * PAD - (firstLayer ? NeuronImages.height() : 0);
  }

  // a bar at the right edge and "scroll for more", when the text is taller than the panel
  private void scrollHint(PGraphics g, MathLayout.Result r, float bottom) {
    float top = y + PAD;
    float track = bottom - top;
    float total = r.height();
    float barH = Math.max(20, track * track / total);
    float barY = top + (track - barH) * (scroll / r.overflow());
    Palette.fill(g, Palette.LINE);
    g.noStroke();
    g.rect(x + w - 6, barY, 4, barH, 2);
    if (scroll < r.overflow()) {
      ScrollHint.draw(g, x + w - 12, bottom);
    }
  }
}
