package dev.glassbox.training;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.MnistSplit;
import java.nio.file.Path;

/** A small real training run on the bundled MNIST, shared by the studio's tests (done once). */
public final class SmallRun {
  /** 2,000 images per part. */
  public static final int LIMIT = 2000;

  private SmallRun() {}

  private static final class Holder {
    static final MnistSplit SPLIT = DataLoader.load(Path.of("data"), LIMIT);
    static final TrainingSnapshot FINAL = train();
  }

  /** The first 2,000 images of train, validation and test. */
  public static MnistSplit split() {
    return Holder.SPLIT;
  }

  /** The configuration: 784,16,10, sigmoid, quadratic, η = 3, batches of 10, 2 epochs, seed 1. */
  public static TrainingConfig config() {
    TrainingConfig n = TrainingConfig.nielsen();
    return new TrainingConfig(new int[] {784, 16, 10}, n.hidden(), n.output(), n.cost(), n.init(),
        3.0, 2, 10, 0.0, 0.0, 1L, 2);
  }

  /** The last snapshot of the run. */
  public static TrainingSnapshot finalSnapshot() {
    return Holder.FINAL;
  }

  private static TrainingSnapshot train() {
    BackgroundTraining t = new BackgroundTraining(config(), config().newNetwork(), Holder.SPLIT);
    t.runHere();
    if (t.failure() != null) {
      throw new IllegalStateException(t.failure());
    }
    return t.monitor().latest();
  }
}
