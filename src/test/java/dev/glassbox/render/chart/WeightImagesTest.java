package dev.glassbox.render.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Network;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.FirstLayerWeights;
import dev.glassbox.training.SmallRun;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.training.TrainingMonitor;
import dev.glassbox.training.TrainingRun;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/** The weight images show the weights of their snapshot, and change as the network learns. */
class WeightImagesTest {
  static int[] draw(FirstLayerWeights w) {
    PGraphics g = Offscreen.create(400, 420);
    g.beginDraw();
    g.background(0);
    new WeightImages(false).display(g, 0, 0, 400, 420, w);
    g.endDraw();
    g.loadPixels();
    return g.pixels.clone();
  }

  @Test
  void imagesChangeBetweenTwoSnapshotsAndOldSnapshotsStayAsTheyWere() {
    TrainingConfig c = SmallRun.config().withEpochs(1);
    Network net = c.newNetwork();
    TrainingMonitor m = new TrainingMonitor(net);
    m.preparing(c);
    FirstLayerWeights before = m.latest().weights();
    float[] copy = before.w().clone();
    int[] pixelsBefore = draw(before);
    new TrainingRun(c, net, Datasets.inputs(SmallRun.split().train()),
        Datasets.inputs(SmallRun.split().validation()), null).run(m);
    FirstLayerWeights after = m.latest().weights();
    assertTrue(after.version() > before.version());
    assertArrayEquals(copy, before.w(), "a published snapshot never changes");
    assertEquals((float) net.weight(1, 3, 400), after.w(3, 400), "w^1_jk at row j, column k");
    int[] pixelsAfter = draw(after);
    int differ = 0;
    for (int i = 0; i < pixelsBefore.length; i++) {
      if (pixelsBefore[i] != pixelsAfter[i]) {
        differ++;
      }
    }
    assertTrue(differ > 1000, "the images changed: " + differ + " pixels differ");
  }

  @Test
  void signGivesTheHue() {
    float[] w = new float[2 * 784];
    w[0] = 1f; // neuron 0, pixel (0,0): positive
    w[784] = -1f; // neuron 1, pixel (0,0): negative
    assertTrue(((Palette.diverging(1) >> 16) & 255) > (Palette.diverging(1) & 255), "positive is warm");
    assertTrue((Palette.diverging(-1) & 255) > ((Palette.diverging(-1) >> 16) & 255), "negative is cool");
    assertEquals(Palette.BACKGROUND, Palette.diverging(0));
    int[] px = draw(new FirstLayerWeights(w, 2, 784, 1));
    assertTrue(java.util.Arrays.stream(px).anyMatch(p -> p == Palette.argb(Palette.POSITIVE)), "full orange at +max");
    assertTrue(java.util.Arrays.stream(px).anyMatch(p -> p == Palette.argb(Palette.NEGATIVE)), "full blue at -max");
  }
}
