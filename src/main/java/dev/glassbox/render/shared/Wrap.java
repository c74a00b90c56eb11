package dev.glassbox.render.shared;

import java.util.ArrayList;
import java.util.List;
import processing.core.PFont;
import processing.core.PGraphics;

/** Prose broken into lines between words at the current font's widths. */
public final class Wrap {
  private Wrap() {}

  /** The lines of {@code text} at most {@code width} pixels wide in the current font. */
  public static List<String> lines(PGraphics g, String text, float width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && g.textWidth(next) > width) {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(next);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  /** The height of {@code text} wrapped to {@code width} in {@code font}, at 1.25 lines per size. */
  public static float height(PGraphics g, String text, PFont font, float width) {
    g.textFont(font);
    return lines(g, text, width).size() * font.getSize() * 1.25f;
  }
}
