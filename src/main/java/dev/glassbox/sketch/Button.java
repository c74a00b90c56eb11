package dev.glassbox.sketch;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import processing.core.PConstants;
import processing.core.PGraphics;

/** A clickable labelled rectangle; greyed out and deaf to clicks when disabled. */
final class Button {
  final String label;
  float x;
  float y;
  float w;
  float h;
  boolean enabled = true;
  boolean highlighted;

  Button(String label, float x, float y, float w, float h) {
    this.label = label;
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
  }

  void display(PGraphics g, boolean hover) {
    g.pushStyle();
    g.noStroke();
    int fill = !enabled ? 0xFF23262E : highlighted ? 0xFF4A5266 : hover ? 0xFF3A4150 : Palette.argb(Palette.GRID);
    g.fill(fill);
    g.rect(x, y, w, h, 5);
    g.textFont(Offscreen.font(13));
    g.textAlign(PConstants.CENTER, PConstants.CENTER);
    g.fill(enabled ? Palette.argb(Palette.TEXT) : 0xFF5C616B);
    g.text(label, x + w / 2, y + h / 2 - 1);
    g.popStyle();
  }

  boolean contains(float mx, float my) {
    return mx >= x && mx <= x + w && my >= y && my <= y + h;
  }

  boolean clicked(float mx, float my) {
    return enabled && contains(mx, my);
  }
}
