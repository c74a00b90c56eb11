package dev.glassbox.training;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Network;

/** The picture of a model that is not training: its evaluations on the split, and its history. */
public final class LoadedModel {
  private LoadedModel() {}

  /**
   * Evaluates {@code net} on the validation and test sets and returns the snapshot showing it.
   *
   * @param history the run it came from, or null
   */
  public static TrainingSnapshot snapshot(Network net, History history, MnistSplit split, int threads) {
    try (Team team = new Team(threads)) {
      Evaluator evaluator = new Evaluator(team);
      Evaluation ve = evaluator.evaluate(net, Datasets.inputs(split.validation()));
      Evaluation te = split.hasTest() ? evaluator.evaluate(net, Datasets.inputs(split.test())) : null;
      TrainingMonitor m = new TrainingMonitor(net);
      m.loaded(history, ve, te);
      return m.latest();
    }
  }
}
