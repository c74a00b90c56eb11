package dev.glassbox.training;

import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning-rate finder one seed project offers: train briefly at each rate from the same
 * initial weights and compare the cost reached. The suggested rate is the one with the lowest
 * validation cost; rates whose cost became NaN or infinite are marked diverged.
 */
public final class LearningRateFinder {
  /** Epochs at each rate when none are given: a finder trains briefly. */
  public static final int DEFAULT_EPOCHS = 1;

  /** One rate's outcome; costs are NaN when the run diverged. */
  public record Row(double eta, double trainCost, double validationCost, double validationAccuracy,
      boolean diverged) {}

  /** Called after each rate. */
  public interface Listener {
    void tried(Row row, int done, int total);
  }

  private LearningRateFinder() {}

  /** The rates from, from+step, ... up to and including to (within rounding). */
  public static double[] linear(double from, double to, double step) {
    if (!(step > 0) || !(to >= from) || !(from > 0)) {
      throw new IllegalArgumentException("need 0 < from <= to and step > 0 (got from " + from
          + ", to " + to + ", step " + step + ")");
    }
    int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
    if (n > 1000) {
      throw new IllegalArgumentException("that is " + n + " rates, more than 1000; use a larger step");
    }
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = from + i * step;
    }
    return r;
  }

  /**
   * Trains {@code config.epochs()} epochs at each rate, each from the same initial weights
   * ({@code config.seed()}), and evaluates on {@code validation}.
   */
  public static List<Row> run(TrainingConfig config, double[] rates, Inputs train, Inputs validation,
      Listener listener) {
    if (config.augment() != dev.glassbox.data.Augment.NONE) {
      throw new IllegalArgumentException("the learning-rate finder trains on the images as they are;"
          + " leave --augment out");
    }
    List<Row> rows = new ArrayList<>();
    try (Team team = new Team(config.threads())) {
      Evaluator evaluator = new Evaluator(team);
      for (double eta : rates) {
        Network net = config.newNetwork();
        Trainer trainer = new Trainer(net,
            new Sgd(net, eta, config.lambda(), config.momentum(), train.size()),
            train, config.batch(), config.seed(), team);
        trainer.dropout(config.dropout());
        Row row;
        try {
          double cost = Double.NaN;
          for (int e = 0; e < config.epochs(); e++) {
            cost = trainer.trainEpoch(null);
          }
          Evaluation v = evaluator.evaluate(net, validation);
          boolean bad = !Double.isFinite(v.meanCost());
          row = new Row(eta, cost, v.meanCost(), v.accuracy(), bad);
        } catch (DivergedException d) {
          row = new Row(eta, Double.NaN, Double.NaN, Double.NaN, true);
        }
        rows.add(row);
        if (listener != null) {
          listener.tried(row, rows.size(), rates.length);
        }
      }
    }
    return rows;
  }

  /** The row with the lowest validation cost among those that did not diverge, or null. */
  public static Row suggestion(List<Row> rows) {
    Row best = null;
    for (Row r : rows) {
      if (!r.diverged() && (best == null || r.validationCost() < best.validationCost())) {
        best = r;
      }
    }
    return best;
  }
}
