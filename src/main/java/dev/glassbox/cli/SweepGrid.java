package dev.glassbox.cli;

import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.TrainingConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every combination of the sweep's lists of values ({@code --eta 0.5,1,3}, {@code --layers
 * 784,30,10:784,100,10}), as training configurations.
 */
final class SweepGrid {
  private SweepGrid() {}

  /**
   * Every combination, in {@link Hyperparameter} order with layers varying slowest, but the seed
   * fastest: the runs of one setting with several seeds stand together.
   */
  static List<TrainingConfig> combinations(SweepOptions o) {
    List<Hyperparameter> order = new ArrayList<>(List.of(Hyperparameter.values()));
    order.remove(Hyperparameter.SEED);
    order.add(Hyperparameter.SEED);
    List<Map<Hyperparameter, Object>> grid = new ArrayList<>();
    grid.add(new EnumMap<>(Hyperparameter.class));
    for (Hyperparameter h : order) {
      List<Map<Hyperparameter, Object>> next = new ArrayList<>();
      for (Map<Hyperparameter, Object> partial : grid) {
        for (Object v : o.values(h)) {
          Map<Hyperparameter, Object> m = new EnumMap<>(Hyperparameter.class);
          m.putAll(partial);
          m.put(h, v);
          next.add(m);
        }
      }
      grid = next;
    }
    List<TrainingConfig> out = new ArrayList<>();
    for (Map<Hyperparameter, Object> values : grid) {
      out.add(TrainingConfig.of(values, 1));
    }
    return out;
  }
}
