package dev.glassbox.render.shared;

import dev.glassbox.notation.TextMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out typeset blocks (equations and sentences) in a panel so nothing runs past it: each block
 * flows into lines at its allowed breaks (between the sides, terms and entries of an equation, or
 * between words), continuation lines indented; when the whole does not fit the panel's height the
 * text shrinks, down to {@link #MIN_SCALE}; past that the panel scrolls ({@link Result#overflow}).
 * A model with no drawing, so tests can check every step's layout against its panel.
 */
public final class MathLayout {
  /** The smallest text scale before the panel scrolls instead. */
  public static final float MIN_SCALE = 0.7f;
  private static final float[] SCALES = {1f, 0.9f, 0.8f, MIN_SCALE};
  private static final float GAP = 3;
  private static final float INDENT = 18;

  private MathLayout() {}

  /** A block: LaTeX pieces to set in order, at a size in pixels, in one colour, after a gap. */
  public record Block(List<String> pieces, float size, int rgb, float gapBefore) {
    /** A sentence, broken between words. */
    public static Block words(String text, float size, int rgb) {
      List<String> pieces = new ArrayList<>();
      for (String w : text.split(" ")) {
        if (!w.isEmpty()) {
          pieces.add(TextMode.latex(w + " "));
        }
      }
      return new Block(pieces, size, rgb, GAP);
    }

    /** An equation's pieces (see {@code Equation.latexPieces}). */
    public static Block math(List<String> pieces, float size, int rgb) {
      return new Block(List.copyOf(pieces), size, rgb, GAP);
    }

    /** The same block after a larger gap (a new section). */
    public Block spaced(float gap) {
      return new Block(pieces, size, rgb, gap);
    }
  }

  /** One typeset line at its place, relative to the panel's top-left corner. */
  public record Placed(String latex, float size, int rgb, float x, float y, float width, float height) {}

  /**
   * The laid-out lines, the text scale used, the content's height and how far it runs past the
   * panel's height (0 when it fits; the panel scrolls by up to that much).
   */
  public record Result(List<Placed> lines, float scale, float height, float overflow) {}

  /** Lays {@code blocks} out in a panel {@code width} wide and {@code height} high. */
  public static Result layout(List<Block> blocks, float width, float height) {
    Result last = null;
    for (float s : SCALES) {
      last = flow(blocks, width, s);
      if (last.height <= height) {
        return last;
      }
    }
    return new Result(last.lines, last.scale, last.height, last.height - height);
  }

  private static Result flow(List<Block> blocks, float width, float scale) {
    List<Placed> out = new ArrayList<>();
    float y = 0;
    boolean first = true;
    for (Block b : blocks) {
      y += first ? 0 : b.gapBefore * scale;
      first = false;
      float size = b.size * scale;
      List<String> line = new ArrayList<>();
      float x = 0;
      for (String piece : b.pieces) {
        line.add(piece);
        float w = Typeset.width(String.join("", line), size);
        if (x + w > width && line.size() > 1) {
          // the piece starts the next line
          line.remove(line.size() - 1);
          y = place(out, line, size, b.rgb, x, y, width);
          line.clear();
          line.add(piece);
          x = INDENT * scale;
        }
      }
      if (!line.isEmpty()) {
        y = place(out, line, size, b.rgb, x, y, width);
      }
    }
    return new Result(out, scale, y, 0);
  }

  // one line; a single piece wider than the panel is set smaller until it fits
  private static float place(List<Placed> out, List<String> line, float size, int rgb, float x, float y,
      float width) {
    String latex = String.join("", line);
    float s = size;
    float w = Typeset.width(latex, s);
    while (x + w > width && s > 4) {
      s = Math.max(4, s * Math.min(0.95f, (width - x) / w));
      w = Typeset.width(latex, s);
    }
    float h = Typeset.height(latex, s);
    out.add(new Placed(latex, s, rgb, x, y, w, h));
    return y + h + 1;
  }
}
