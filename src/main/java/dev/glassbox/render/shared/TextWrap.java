package dev.glassbox.render.shared;

import java.util.ArrayList;
import java.util.List;
import processing.core.PGraphics;

/** Breaks text into lines that fit a width in the canvas's current font. */
public final class TextWrap {
  private TextWrap() {}

  /**
   * The lines of {@code text} at most {@code width} pixels wide (breaking at spaces, or inside a word
   * longer than a line), at most {@code maxLines} of them, the last ending in "…" if cut.
   */
  public static List<String> wrap(PGraphics g, String text, float width, int maxLines) {
    List<String> lines = new ArrayList<>();
    String rest = text;
    while (!rest.isEmpty() && lines.size() < maxLines) {
      if (g.textWidth(rest) <= width) {
        lines.add(rest);
        rest = "";
        break;
      }
      int cut = fit(g, rest, width);
      int space = rest.lastIndexOf(' ', cut);
      int end = space > cut / 3 ? space : cut;
      lines.add(rest.substring(0, end));
      rest = rest.substring(end).stripLeading();
    }
    if (!rest.isEmpty() && !lines.isEmpty()) {
      String last = lines.get(lines.size() - 1);
      while (!last.isEmpty() && g.textWidth(last + " …") > width) {
        last = last.substring(0, last.length() - 1);
      }
      lines.set(lines.size() - 1, last + " …");
    }
    return lines;
  }

  // the longest prefix that fits (binary search on its width)
  private static int fit(PGraphics g, String s, float width) {
    int lo = 1;
    int hi = s.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (g.textWidth(s.substring(0, mid)) <= width) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
