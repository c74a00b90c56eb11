package dev.glassbox.render.studio;

import dev.glassbox.render.chart.LineChart;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.training.Curve;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.LayerSpeeds;
import java.util.ArrayList;
import java.util.List;

/**
 * The curves of the speed-of-learning chart (Nielsen ch. 5), for the studio and the tutorial: per
 * layer after the input, its speed ‖∂C/∂b^l‖ ({@link LayerSpeeds}) as a smoothed line while a run
 * reports, and each epoch's mean as dots (joined by a line when there is no smoothed one), in the layer's colour ({@link Palette#layer}), on a log
 * scale. Layers carry the book's numbers: 2 is the first hidden layer.
 */
public final class SpeedSeries {
  /** The chart's title. */
  public static final String TITLE = "Learning speed ‖∂C/∂bˡ‖ of layer l";
  /** Its x axis: the epochs, what C is, and the scale. */
  public static final String AXIS = "epoch · C: mean cost of a mini-batch · log scale";

  private SpeedSeries() {}

  /** A log-scale chart titled {@code title} for these series. */
  public static LineChart chart(String title) {
    return new LineChart(title, LineChart.Scale.LOG);
  }

  /**
   * The series: for each layer, the fine curve (when there is one) and the epoch means.
   *
   * @param fine per code layer l at index l - 1, the smoothed speeds against fractional epochs
   *     (may be empty, e.g. for a history read from a file)
   * @param rows the epochs, with their mean speeds
   */
  public static List<LineChart.Series> of(List<Curve> fine, List<EpochResult> rows) {
    int layers = fine.size();
    for (EpochResult r : rows) {
      layers = Math.max(layers, r.speeds().layers());
    }
    List<LineChart.Series> out = new ArrayList<>();
    for (int i = 0; i < layers; i++) {
      int colour = Palette.argb(Palette.layer(i, layers));
      String name = i == 0 ? "l = " + (i + 2) : Integer.toString(i + 2);
      boolean hasFine = i < fine.size() && fine.get(i).size() > 0;
      if (hasFine) {
        out.add(new LineChart.Series(name, colour, LineChart.Points.of(fine.get(i)), false));
      }
      int l = i + 1;
      out.add(new LineChart.Series(hasFine ? "" : name, colour, LineChart.Points.of(rows, EpochResult::epoch,
          r -> r.speeds().layers() >= l ? r.speeds().of(l) : Double.NaN), true, !hasFine));
    }
    return out;
  }
}
