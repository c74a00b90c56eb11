package dev.glassbox.render;

import dev.glassbox.trace.Num;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The inspector panel: the lines of {@link InspectorText} wrapped to the panel, the "check it"
 * button, and for a first-layer neuron its weight, gradient and update pictures.
 */
public final class InspectorView {
  private static final float PAD = 12;

  private final float x;
  private final float y;
  private final float w;
  private final float h;
  private final NeuronImages images = new NeuronImages();
  private Object cacheKey;
  private List<Object[]> wrapped = new ArrayList<>();

  /** An inspector in the rectangle (x, y, w, h). */
  public InspectorView(float x, float y, float w, float h) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
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
    float bottom = y + h - PAD;
    boolean firstLayer = s.pinned() && s.pinLayer() == 1 && s.trace().size(0) == 784;
    if (firstLayer) {
      bottom -= NeuronImages.height();
    }
    float ty = y + PAD;
    for (Object[] line : wrap(g, s)) {
      int size = (Integer) line[1];
      if (ty + size + 3 > bottom) {
        break;
      }
      g.textFont(Fonts.of(size));
      Palette.fill(g, (Integer) line[2]);
      g.text((String) line[0], x + PAD, ty);
      ty += size + 4;
    }
    if (s.pinned()) {
      checkButton(g, s);
    }
    if (firstLayer) {
      StepIndex idx = s.index();
      boolean[] known = {true,
          idx.reached(dev.glassbox.trace.StepKind.WEIGHT_GRADIENT, 1, s.pinNeuron(), s.cursor()),
          idx.reached(dev.glassbox.trace.StepKind.UPDATE, 1, s.pinNeuron(), s.cursor())};
      images.display(g, s.trace(), s.pinNeuron(), x + PAD, y + h - PAD - NeuronImages.height() + 6, known);
    }
    g.popStyle();
  }

  // the button, labelled with the weight it checks
  private void checkButton(PGraphics g, StepperState s) {
    float[] b = checkButton();
    Palette.fill(g, s.check() == null ? 0x3A3320 : 0x4A4020);
    Palette.stroke(g, Palette.COST);
    g.rect(b[0], b[1], b[2], b[3], 4);
    Palette.fill(g, Palette.COST);
    g.textFont(Fonts.of(12));
    g.textAlign(PConstants.CENTER, PConstants.CENTER);
    g.text("check it (c)", b[0] + b[2] / 2, b[1] + b[3] / 2 - 1);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    Trace t = s.trace();
    int k = s.checkedInput();
    g.textFont(Fonts.of(10));
    Palette.fill(g, Palette.DIM);
    g.textAlign(PConstants.RIGHT, PConstants.TOP);
    g.text("w" + "^" + (s.pinLayer() + 1) + "_{" + s.pinNeuron() + "," + k + "} = "
        + Num.format(t.before().weight(s.pinLayer(), s.pinNeuron(), k)), b[0] + b[2], b[1] + b[3] + 3);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
  }

  // wrapped lines, rebuilt only when what they say can change
  private List<Object[]> wrap(PGraphics g, StepperState s) {
    Object key = java.util.Arrays.asList(s.trace(), s.pinLayer(), s.pinNeuron(), s.cursor(), s.check(),
        s.stepper().granularity());
    if (key.equals(cacheKey)) {
      return wrapped;
    }
    cacheKey = key;
    wrapped = new ArrayList<>();
    boolean first = true;
    for (InspectorText.Line line : InspectorText.lines(s)) {
      g.textFont(Fonts.of(line.size()));
      // the title leaves room for the button
      float width = w - 2 * PAD - (first && s.pinned() ? 112 : 0);
      first = false;
      for (String part : TextWrap.wrap(g, line.text(), width, line.maxLines())) {
        wrapped.add(new Object[] {part, line.size(), line.rgb()});
      }
      if (line.text().isEmpty()) {
        wrapped.add(new Object[] {"", line.size(), line.rgb()});
      }
    }
    return wrapped;
  }
}
