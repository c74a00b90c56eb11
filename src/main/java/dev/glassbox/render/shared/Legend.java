package dev.glassbox.render.shared;

import java.util.List;
import java.util.Locale;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The colour legend: every colour of {@link Palette} with its one meaning, drawn as swatches (for
 * the help overlay) or written as text (for tests and docs).
 */
public final class Legend {
  /** One colour and what it means. */
  public record Entry(int rgb, String name, String meaning) {}

  private static final List<Entry> ENTRIES = List.of(
      new Entry(Palette.POSITIVE, "orange", "a positive value: w, δ, ∂C/∂w, Δw, -∂C/∂x"),
      new Entry(Palette.NEGATIVE, "blue", "a negative value; brighter or thicker = larger |value|"),
      new Entry(Palette.FORWARD, "green", "the forward pass: z, a, activations"),
      new Entry(Palette.COST, "red", "the cost C, and wrong answers"),
      new Entry(Palette.BACKWARD, "magenta", "the backward pass: δ and the gradients as steps"),
      new Entry(Palette.UPDATE, "violet", "the update of the weights as a step"),
      new Entry(Palette.TARGET, "yellow", "the target y: the correct label"),
      new Entry(0xFFFFFF, "white ring", "the pinned neuron"),
      new Entry(Palette.ramp(0.75), "grey", "an amount with no sign: pixel ink, counts"));

  private static final int ROW = 20;
  private static final int SWATCH = 14;
  private static final int BAR = 12;

  private Legend() {}

  /** Every colour with its meaning, in the order drawn. */
  public static List<Entry> entries() {
    return ENTRIES;
  }

  /** The legend as text, one line per colour: "orange #F0922E: a positive value ...". */
  public static String describe() {
    StringBuilder sb = new StringBuilder("Colours (sign = hue, size = brightness; 0 = background)\n");
    for (Entry e : ENTRIES) {
      sb.append(String.format(Locale.ROOT, "%s #%06X: %s%n", e.name(), e.rgb() & 0xFFFFFF, e.meaning()));
    }
    return sb.toString();
  }

  /**
   * Draws the legend with its top-left corner at (x, y) within width w: a title, the signed
   * scale from -1 (blue) through 0 (background) to +1 (orange), then a swatch and a line per
   * colour. Returns the height used.
   */
  public static float display(PGraphics g, float x, float y, float w) {
    g.pushStyle();
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Fonts.of(14));
    Palette.fill(g, Palette.TEXT);
    g.text("Colours", x, y);
    float cy = y + ROW + 2;
    // the diverging scale, one column per pixel, with its three labels underneath
    g.noStroke();
    float bw = Math.max(60, Math.min(w, 260));
    for (int i = 0; i < (int) bw; i++) {
      Palette.fill(g, Palette.diverging(2.0 * i / (bw - 1) - 1));
      g.rect(x + i, cy, 1, BAR);
    }
    Palette.stroke(g, Palette.LINE);
    g.noFill();
    g.rect(x, cy, bw, BAR);
    g.noStroke();
    g.textFont(Fonts.of(11));
    Palette.fill(g, Palette.DIM);
    g.text("− negative", x, cy + BAR + 2);
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    g.text("0", x + bw / 2, cy + BAR + 2);
    g.textAlign(PConstants.RIGHT, PConstants.TOP);
    g.text("positive +", x + bw, cy + BAR + 2);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    cy += BAR + 18;
    g.textFont(Fonts.of(13));
    float tx = x + SWATCH + 8;
    for (Entry e : ENTRIES) {
      if (e.rgb() == 0xFFFFFF) {
        // the pin marker is a ring, so its swatch is one
        g.noFill();
        Palette.stroke(g, e.rgb());
        g.strokeWeight(2);
        g.ellipse(x + SWATCH / 2f, cy + 2 + SWATCH / 2f, SWATCH - 2, SWATCH - 2);
        g.strokeWeight(1);
        g.noStroke();
      } else {
        Palette.fill(g, e.rgb());
        g.rect(x, cy + 2, SWATCH, SWATCH, 3);
      }
      Palette.fill(g, e.rgb());
      String name = e.name();
      g.text(name, tx, cy);
      Palette.fill(g, Palette.TEXT);
      List<String> lines = TextWrap.wrap(g, e.meaning(), Math.max(40, w - (tx - x) - g.textWidth(name) - 8), 2);
      for (int i = 0; i < lines.size(); i++) {
        g.text(lines.get(i), tx + g.textWidth(name) + 8, cy + i * (ROW - 3));
      }
      cy += ROW + (lines.size() - 1) * (ROW - 3);
    }
    g.popStyle();
    return cy - y;
  }
}
