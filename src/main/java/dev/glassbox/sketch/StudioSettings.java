package dev.glassbox.sketch;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.training.TrainingConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The studio's hyperparameters as the text the controls show and edit, turned into a {@link
 * TrainingConfig} when training starts (with a message naming any bad field). Defaults and the
 * default output layer come from {@link TrainingConfig#nielsen} and {@link Cost#defaultOutput}.
 */
public final class StudioSettings {
  /** Layer presets offered by the studio. */
  public static final String[] LAYER_PRESETS = {"784,30,10", "784,100,10", "784,100,30,10", "784,10"};

  // the defaults are TrainingConfig.nielsen()'s, set by the constructor
  public String layers;
  public String activation;
  public String cost;
  public String init;
  public String eta;
  public String batch;
  public String epochs;
  public String lambda;
  public String momentum;
  public String seed;
  /** Output activation; empty for the default ({@link Cost#defaultOutput}). */
  public String output;
  public int threads;

  /** Nielsen's chapter 1 settings ({@link TrainingConfig#nielsen}). */
  public StudioSettings() {
    this(TrainingConfig.nielsen());
  }

  private StudioSettings(TrainingConfig c) {
    layers = c.sizesString();
    activation = c.hidden().id();
    cost = c.cost().id();
    init = c.init().id();
    eta = Double.toString(c.eta());
    batch = Integer.toString(c.batch());
    epochs = Integer.toString(c.epochs());
    lambda = Double.toString(c.lambda());
    momentum = Double.toString(c.momentum());
    seed = Long.toString(c.seed());
    output = c.output() == c.cost().defaultOutput() ? "" : c.output().id();
    threads = c.threads();
  }

  /** The settings showing {@code c}. */
  public static StudioSettings of(TrainingConfig c) {
    return new StudioSettings(c);
  }

  /** The configuration these settings describe. */
  public TrainingConfig config() {
    Cost c = Cost.parse(cost);
    Activation out = output.isBlank() ? c.defaultOutput() : Activation.parse(output);
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
