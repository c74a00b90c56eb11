package dev.glassbox.render.studio;

import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import dev.glassbox.training.Progress;
import dev.glassbox.training.RunClock;
import java.util.Locale;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A view: the run's state, epoch, batch, samples per second and time left, over a bar for the whole
 * run and a thin bar for the current epoch.
 */
public final class ProgressBarView {
  /** Draws the progress in the rectangle (about 60 pixels high suits it). */
  public void display(PGraphics g, float x, float y, float w, float h, Progress p) {
    Panel.begin(g, x, y, w, h, 15, PConstants.TOP);
    g.fill(stateColour(p.state()));
    String state = p.state().word();
    g.text(state, x + Panel.PAD, y + 7);
    float sx = x + Panel.PAD + g.textWidth(state) + 14;
    g.fill(Palette.argb(Palette.TEXT));
    g.text(line(p), sx, y + 7);
    if (!p.message().isEmpty()) {
      g.fill(Palette.argb(Palette.WRONG));
      g.textAlign(PConstants.RIGHT, PConstants.TOP);
      g.text(p.message(), x + w - Panel.PAD, y + 7);
    }
    // the whole run, then the current epoch under it
    float bx = x + Panel.PAD;
    float bw = w - 2 * Panel.PAD;
    float by = y + h - 26;
    g.fill(Palette.argb(Palette.GRID));
    g.rect(bx, by, bw, 10, 5);
    g.fill(Palette.argb(Palette.TEXT));
    g.rect(bx, by, (float) (bw * p.fraction()), 10, 5);
    g.fill(Palette.argb(Palette.GRID));
    g.rect(bx, by + 14, bw, 4, 2);
    g.fill(Palette.argb(Palette.DIM));
    double epochFraction = p.batches() > 0 ? (double) p.batch() / p.batches() : 0;
    g.rect(bx, by + 14, (float) (bw * epochFraction), 4, 2);
    g.popStyle();
  }

  /**
   * The text line: "epoch 3 of 30 · batch 2500 of 5000 · 12,345 samples/s · 1:23 left" ("at most
   * 1:23 left" when early stopping may end the run sooner).
   */
  public static String line(Progress p) {
    StringBuilder sb = new StringBuilder();
    if (p.epochs() > 0) {
      sb.append("epoch ").append(Math.max(p.epoch(), 0)).append(" of ").append(p.epochs());
    }
    if (p.batches() > 0) {
      sb.append("   ·   batch ").append(p.batch()).append(" of ").append(p.batches());
    }
    if (Double.isFinite(p.samplesPerSecond())) {
      sb.append(String.format(Locale.ROOT, "   ·   %,.0f samples/s", p.samplesPerSecond()));
    }
    if (Double.isFinite(p.etaSeconds()) && p.state().active()) {
      sb.append("   ·   ").append(RunClock.left(p.etaSeconds(), p.etaAtMost()));
    }
    return sb.toString();
  }

  // the state's word: the error red when it failed, dim while waiting, else plain text
  private static int stateColour(Progress.State s) {
    return Palette.argb(switch (s) {
      case FAILED -> Palette.WRONG;
      case PAUSED, PREPARING, IDLE -> Palette.DIM;
      case RUNNING, FINISHED, STOPPED, STOPPED_EARLY, LOADED -> Palette.TEXT;
    });
  }

}
