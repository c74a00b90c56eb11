package dev.glassbox.sketch;

import dev.glassbox.render.shared.Palette;
import processing.core.PConstants;
import processing.core.PGraphics;

/** A one-line text input with a label on its left; click to focus, type, Enter or Tab to leave. */
final class TextField extends LabelledControl {
  String text;
  boolean focused;

  TextField(String label, String text, float x, float y, float labelW, float w, float h) {
    super(label, x, y, labelW, w, h);
    this.text = text;
  }

  void display(PGraphics g, int frame) {
    float fx = beginDisplay(g);
    g.stroke(focused ? Palette.argb(Palette.TEXT) : Palette.argb(Palette.GRID));
    g.fill(enabled ? 0xFF0F1116 : 0xFF1A1C22);
    g.rect(fx, y, w - labelW, h, 4);
    g.fill(enabled ? Palette.argb(Palette.TEXT) : 0xFF6B707A);
    String shown = text;
    // keep the end of a long text (a path) visible
    while (shown.length() > 1 && g.textWidth(shown) > w - labelW - 14) {
      shown = shown.substring(1);
    }
    if (!shown.equals(text)) {
      shown = "…" + shown.substring(1);
    }
    g.text(shown, fx + 6, y + h / 2 - 1);
    if (focused && (frame / 15) % 2 == 0) {
      float cx = fx + 7 + g.textWidth(shown);
      g.stroke(Palette.argb(Palette.TEXT));
      g.line(cx, y + 4, cx, y + h - 4);
    }
    g.popStyle();
  }

  /** Edits the text with one typed key; returns false when the key ends the editing. */
  boolean type(char key, int keyCode) {
    if (key == '\n' || key == '\r' || key == '\t' || key == 27) {
      return false;
    }
    if (key == '\b' || key == 127) {
      if (!text.isEmpty()) {
        text = text.substring(0, text.length() - 1);
      }
    } else if (key >= ' ' && key != PConstants.CODED) {
      text += key;
    }
    return true;
  }
}
