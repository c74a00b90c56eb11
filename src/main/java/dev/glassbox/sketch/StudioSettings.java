package dev.glassbox.sketch;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.training.TrainingConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The studio's hyperparameters as the text the controls show and edit, turned into a {@link
 * TrainingConfig} when training starts (with a message naming any bad field). The output layer is
 * softmax with the log-likelihood cost, else sigmoid.
 */
public final class StudioSettings {
  /** Layer presets offered by the studio. */
  public static final String[] LAYER_PRESETS = {"784,30,10", "784,100,10", "784,100,30,10", "784,10"};

  public String layers = "784,30,10";
  public String activation = "sigmoid";
  public String cost = "quadratic";
  public String init = "gaussian";
  public String eta = "3.0";
  public String batch = "10";
  public String epochs = "30";
  public String lambda = "0";
  public String momentum = "0";
  public String seed = "1";
  /** Output activation; empty for the default (softmax with log-likelihood, else sigmoid). */
  public String output = "";
  public int threads = TrainingConfig.defaultThreads();

  /** The settings showing {@code c}. */
  public static StudioSettings of(TrainingConfig c) {
    StudioSettings s = new StudioSettings();
    s.layers = c.sizesString();
    s.activation = c.hidden().id();
    s.cost = c.cost().id();
    s.init = c.init().id();
    s.eta = Double.toString(c.eta());
    s.batch = Integer.toString(c.batch());
    s.epochs = Integer.toString(c.epochs());
    s.lambda = Double.toString(c.lambda());
    s.momentum = Double.toString(c.momentum());
    s.seed = Long.toString(c.seed());
    s.output = c.output() == defaultOutput(c.cost()) ? "" : c.output().id();
    s.threads = c.threads();
    return s;
  }

  private static Activation defaultOutput(Cost c) {
    return c == Cost.LOG_LIKELIHOOD ? Activation.SOFTMAX : Activation.SIGMOID;
  }

  /** The configuration these settings describe. */
  public TrainingConfig config() {
    Cost c = Cost.parse(cost);
    Activation out = output.isBlank() ? defaultOutput(c) : Activation.parse(output);
    return new TrainingConfig(sizes(layers), Activation.parse(activation), out, c, Init.parse(init),
        number("eta", eta), whole("epochs", epochs), whole("batch", batch), number("lambda", lambda),
        number("momentum", momentum), (long) whole("seed", seed), threads);
  }

  /** The settings as the studio shows them, in order. */
  public Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("layers", layers);
    m.put("activation", activation);
    m.put("cost", cost);
    m.put("init", init);
    m.put("η (eta)", eta);
    m.put("batch size", batch);
    m.put("epochs", epochs);
    m.put("λ (lambda)", lambda);
    m.put("seed", seed);
    return m;
  }

  /** Parses "784,30,10"; the first size must be 784 (28x28 images). */
  public static int[] sizes(String s) {
    String[] parts = s.split(",");
    int[] sizes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      sizes[i] = whole("layers", parts[i]);
      if (sizes[i] < 1) {
        throw new IllegalArgumentException("layers: every layer needs at least one neuron: " + s);
      }
    }
    if (sizes.length < 2) {
      throw new IllegalArgumentException("layers: give at least input and output, e.g. 784,30,10");
    }
    if (sizes[0] != 784 || sizes[sizes.length - 1] != 10) {
      throw new IllegalArgumentException("layers: must start with 784 (pixels) and end with 10 (digits): " + s);
    }
    return sizes;
  }

  private static int whole(String name, String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": \"" + s.trim() + "\" is not a whole number");
    }
  }

  private static double number(String name, String s) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": \"" + s.trim() + "\" is not a number");
    }
  }
}
