package dev.glassbox.cli;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.training.LayerSizes;
import dev.glassbox.training.Schedule;
import dev.glassbox.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sweep's lists of values ({@code --eta 0.5,1,3}, {@code --layers 784,30,10:784,100,10}) and
 * every combination of them, as training configurations. A value that does not parse is an error
 * naming the option and the value.
 */
final class SweepGrid {
  private SweepGrid() {}

  /** Splits {@code list} on {@code sep} and parses each value; errors name the option and value. */
  static <T> List<T> parse(String option, String list, String sep, Function<String, T> parser) {
    List<T> out = new ArrayList<>();
    for (String part : list.split(java.util.regex.Pattern.quote(sep), -1)) {
      String v = part.trim();
      if (v.isEmpty()) {
        throw new IllegalArgumentException(option + ": empty value in \"" + list + "\"");
      }
      try {
        out.add(parser.apply(v));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + ": \"" + v + "\" in \"" + list + "\" is not a number");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(option + ": \"" + v + "\" in \"" + list + "\": " + e.getMessage());
      }
    }
    return out;
  }

  /** Every combination, layers varying slowest and seed fastest. */
  static List<TrainingConfig> combinations(SweepOptions o) {
    List<int[]> layers = parse("--layers", o.layers, ":", v -> LayerSizes.parse("--layers", v));
    List<Activation> hidden = o.activation;
    List<Cost> costs = o.cost;
    List<Init> inits = o.init;
    List<Double> etas = parse("--eta", o.eta, ",", Double::parseDouble);
    List<Integer> epochs = parse("--epochs", o.epochs, ",", Integer::parseInt);
    List<Integer> batches = parse("--batch", o.batch, ",", Integer::parseInt);
    List<Double> lambdas = parse("--lambda", o.lambda, ",", Double::parseDouble);
    List<Double> momenta = parse("--momentum", o.momentum, ",", Double::parseDouble);
    List<Long> seeds = parse("--seed", o.seed, ",", Long::parseLong);
    List<Integer> halves = parse("--halve-after", o.halveAfter, ",", Integer::parseInt);
    List<Integer> patiences = parse("--patience", o.patience, ",", Integer::parseInt);
    List<TrainingConfig> out = new ArrayList<>();
    for (int[] l : layers) {
      for (Activation h : hidden) {
        for (Cost c : costs) {
          Activation outAct = TrainingConfig.outputFor(c, o.output);
          for (Init i : inits) {
            for (double eta : etas) {
              for (int e : epochs) {
                for (int b : batches) {
                  for (double lambda : lambdas) {
                    for (double mu : momenta) {
                      for (Schedule sched : o.schedule) {
                        for (int half : halves) {
                          for (int p : patiences) {
                            for (long seed : seeds) {
                              out.add(new TrainingConfig(l, h, outAct, c, i, eta, e, b, lambda, mu, seed, 1,
                                  sched, half, p));
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return out;
  }
}
