package dev.glassbox.cli;

import dev.glassbox.data.Dataset;
import dev.glassbox.render.chart.ConfusionHeatmap;
import dev.glassbox.render.chart.DigitGallery;
import dev.glassbox.render.shared.Png;
import dev.glassbox.training.Evaluation;
import java.nio.file.Path;

/** The two PNGs of {@code glassbox test}: the confusion heatmap and the misclassified digits. */
final class ReportPictures {
  /** At most this many misclassified digits are drawn (the first ones, in test-set order). */
  static final int GALLERY_MAX = 300;

  private ReportPictures() {}

  static void write(Dataset data, Evaluation e, Path confusionPng, Path misclassifiedPng) {
    Png.draw(confusionPng, 560, 600, g -> {
      g.background(0xFF14161A);
      new ConfusionHeatmap().display(g, 0, 0, 560, 600, String.format(java.util.Locale.ROOT,
          "Confusion matrix: %d of %d wrong (rows: true digit, columns: predicted)", e.wrong(), e.total()),
          e.confusion(), -1, -1);
    });

    int[] wrong = e.misclassified();
    int n = Math.min(wrong.length, GALLERY_MAX);
    int[] shown = java.util.Arrays.copyOf(wrong, n);
    int[] predicted = new int[n];
    for (int i = 0; i < n; i++) {
      predicted[i] = e.predicted(shown[i]);
    }
    int cols = 20;
    int rows = Math.max(1, (n + cols - 1) / cols);
    DigitGallery gallery = new DigitGallery(1);
    // 28 px digits with a caption each: about 33 x 47 px a cell, plus the panel's title and margins
    int width = 2 * 10 + cols * 33;
    int height = 24 + 4 + rows * 47 + 40;
    Png.draw(misclassifiedPng, width, height, g -> {
      g.background(0xFF14161A);
      gallery.display(g, 0, 0, width, height, String.format(java.util.Locale.ROOT,
          "Misclassified test digits, true→predicted (%d of %d shown)", n, wrong.length),
          data, shown, predicted, 0, "");
    });
  }
}
