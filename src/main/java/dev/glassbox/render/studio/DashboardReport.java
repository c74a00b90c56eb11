package dev.glassbox.render.studio;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.training.TrainingSnapshot;
import java.util.Map;
import processing.core.PGraphics;

/**
 * The headless studio picture: the settings in a column on the left where the window has its
 * controls, and the {@link Dashboard} beside them, drawn offscreen for a PNG.
 */
public final class DashboardReport {
  /** Width of the left column, the same as the studio window's control panel. */
  public static final int COLUMN = 250;

  private DashboardReport() {}

  /** A finished canvas of {@code width x height} showing the snapshot. */
  public static PGraphics render(int width, int height, TrainingSnapshot s, MnistSplit split,
      Map<String, String> settings, Dashboard dashboard) {
    PGraphics g = Offscreen.create(width, height);
    g.beginDraw();
    g.background(Palette.argb(Palette.BACKGROUND));
    new SettingsView().display(g, 10, 10, COLUMN - 10, height - 20, "Glassbox studio", settings);
    dashboard.display(g, COLUMN + 10, 10, width - COLUMN - 20, height - 20, s, split);
    g.endDraw();
    return g;
  }
}
