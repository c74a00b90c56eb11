package dev.glassbox.sketch;

import dev.glassbox.render.shared.Palette;
import processing.core.PConstants;
import processing.core.PGraphics;

/** A labelled selector that steps through fixed options: click for the next, right-click back. */
final class Choice extends LabelledControl {
  final String[] options;
  int index;

  Choice(String label, String[] options, String current, float x, float y, float labelW, float w,
      float h) {
    super(label, x, y, labelW, w, h);
    this.options = options.clone();
    set(current);
  }

  String value() {
    return options[index];
  }

  void set(String value) {
    for (int i = 0; i < options.length; i++) {
      if (options[i].equalsIgnoreCase(value)) {
        index = i;
      }
    }
  }

  void display(PGraphics g, boolean hover) {
    float fx = beginDisplay(g);
    g.noStroke();
    g.fill(!enabled ? 0xFF1A1C22 : hover ? 0xFF3A4150 : Palette.argb(Palette.GRID));
    g.rect(fx, y, w - labelW, h, 4);
    g.fill(enabled ? Palette.argb(Palette.TEXT) : 0xFF6B707A);
    g.text(value(), fx + 8, y + h / 2 - 1);
    g.textAlign(PConstants.RIGHT, PConstants.CENTER);
    g.fill(Palette.argb(Palette.DIM));
    g.text("‹ ›", x + w - 6, y + h / 2 - 1);
    g.popStyle();
  }

  /** Steps to the next option, or the previous one when {@code back}. */
  void step(boolean back) {
    index = (index + (back ? options.length - 1 : 1)) % options.length;
  }
}
