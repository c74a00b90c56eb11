package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.render.stepper.StepperScene;
import dev.glassbox.render.stepper.StepperState;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import processing.core.PGraphics;

/**
 * {@code glassbox step --bench}: draws the stepper window offscreen at 1280x800 for untrained
 * 784,100,30,10 and 784,300,100,10 networks, and 784,100,30,10 once more at 1920x1080 zoomed 1.5x
 * (the presenter's window), playing through the steps with a neuron pinned half of the time, and
 * prints the mean and worst frame times against the 60 and 30 fps targets.
 */
final class StepperBench {
  private StepperBench() {}

  static void run(int frames, Path data, PrintWriter out) {
    byte[] pixels = firstTestImage(data);
    int[][] nets = {{784, 100, 30, 10}, {784, 300, 100, 10}, {784, 100, 30, 10}};
    double[] targetFps = {60, 30, 60};
    Viewport[] windows = {new Viewport(StepperScene.WIDTH, StepperScene.HEIGHT, 1f),
        new Viewport(StepperScene.WIDTH, StepperScene.HEIGHT, 1f), new Viewport(1920, 1080, 1.5f)};
    for (int i = 0; i < nets.length; i++) {
      Network net = new Network(nets[i], Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
      Init.GAUSSIAN.apply(net, 1);
      Trace t = Trace.record(net, Inputs.fromPixels(pixels, 1, 784, new byte[] {7}), 0, 3.0, 0, 0, 50000);
      StepperState s = new StepperState(t, Granularity.PER_LAYER, "bench", "untrained");
      StepperScene scene = new StepperScene(nets[i], windows[i]);
      PGraphics g = Offscreen.create(windows[i].windowWidth(), windows[i].windowHeight());
      // warm-up frames (JIT, font caches) are not counted
      draw(g, scene, s, 40);
      long[] ns = new long[frames];
      for (int f = 0; f < frames; f++) {
        long t0 = System.nanoTime();
        draw(g, scene, s, 1);
        ns[f] = System.nanoTime() - t0;
      }
      double mean = 0;
      long worst = 0;
      for (long v : ns) {
        mean += v;
        worst = Math.max(worst, v);
      }
      mean /= frames * 1e6;
      String sizes = java.util.Arrays.toString(nets[i]).replaceAll("[\\[\\] ]", "");
      String at = windows[i].windowWidth() + "x" + windows[i].windowHeight()
          + (windows[i].zoom() == 1f ? "" : " zoom " + windows[i].zoom());
      out.println(String.format(Locale.ROOT, "%-14s %d frames at %s: mean %.2f ms (%.0f fps), worst %.2f ms;"
          + " target %.0f fps: %s", sizes, frames, at, mean, 1000 / mean, worst / 1e6, targetFps[i],
          1000 / mean >= targetFps[i] ? "met" : "NOT met"));
      out.flush();
    }
  }

  // one frame per call: the clock moves as at 60 fps, playing fast; a neuron is pinned half the time
  private static void draw(PGraphics g, StepperScene scene, StepperState s, int count) {
    for (int i = 0; i < count; i++) {
      if (!s.playing()) {
        s.seek(0);
        s.togglePlay();
        if (s.pinned()) {
          s.unpin();
        } else {
          s.pin(1, 0);
        }
      }
      s.tick(1 / 60.0 * 4);
      s.mouse(500, 300);
      g.beginDraw();
      scene.display(g, s);
      g.endDraw();
    }
  }

  private static byte[] firstTestImage(Path data) {
    try {
      MnistSplit split = DataLoader.load(CommonOptions.dataOr(data));
      if (split.hasTest()) {
        byte[] px = new byte[Dataset.PIXELS];
        split.test().copyImageBytes(0, px, 0);
        return px;
      }
    } catch (RuntimeException e) {
      // no data: a synthetic stroke is as costly to draw
    }
    byte[] px = new byte[784];
    for (int r = 4; r < 24; r++) {
      px[r * 28 + 14] = (byte) 255;
      px[r * 28 + 15] = (byte) 200;
    }
    return px;
  }
}
