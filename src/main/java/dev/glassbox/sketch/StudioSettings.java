package dev.glassbox.sketch;

import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.TrainingConfig;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The studio's hyperparameters as the text the controls show and edit, one per {@link
 * Hyperparameter}, turned into a {@link TrainingConfig} by {@link TrainingConfig#parse} when
 * training starts (with a message naming any bad field).
 */
public final class StudioSettings {
  /** Layer presets offered by the studio. */
  public static final String[] LAYER_PRESETS = {"784,30,10", "784,100,10", "784,100,30,10", "784,10"};

  /** The hyperparameters the studio has controls for, top to bottom; the others keep their text. */
  public static final List<Hyperparameter> SHOWN = List.of(Hyperparameter.LAYERS,
      Hyperparameter.ACTIVATION, Hyperparameter.COST, Hyperparameter.INIT, Hyperparameter.ETA,
      Hyperparameter.SCHEDULE, Hyperparameter.HALVE_AFTER, Hyperparameter.BATCH, Hyperparameter.EPOCHS,
      Hyperparameter.PATIENCE, Hyperparameter.LAMBDA, Hyperparameter.SEED);

  private final Map<Hyperparameter, String> text = new EnumMap<>(Hyperparameter.class);
  /** Worker threads (results do not depend on them). */
  public int threads;

  /** Nielsen's chapter 1 settings ({@link TrainingConfig#nielsen}). */
  public StudioSettings() {
    this(TrainingConfig.nielsen());
  }

  private StudioSettings(TrainingConfig c) {
    for (Hyperparameter h : Hyperparameter.values()) {
      text.put(h, h.of(c));
    }
    // an output that is the cost's default stays blank, so changing the cost changes it too
    if (c.output() == TrainingConfig.outputFor(c.cost(), null)) {
      text.put(Hyperparameter.OUTPUT, "");
    }
    threads = c.threads();
  }

  /** The settings showing {@code c}. */
  public static StudioSettings of(TrainingConfig c) {
    return new StudioSettings(c);
  }

  /** An independent copy. */
  public StudioSettings copy() {
    StudioSettings s = new StudioSettings();
    s.text.putAll(text);
    s.threads = threads;
    return s;
  }

  /** The text of one hyperparameter. */
  public String get(Hyperparameter h) {
    return text.get(h);
  }

  /** Sets the text of one hyperparameter. */
  public void set(Hyperparameter h, String value) {
    text.put(h, value);
  }

  /** The configuration these settings describe; the data are MNIST, so 784 in and 10 out. */
  public TrainingConfig config() {
    TrainingConfig c = TrainingConfig.parse(text, threads);
    int[] sizes = c.sizes();
    if (sizes[0] != 784 || sizes[sizes.length - 1] != 10) {
      throw new IllegalArgumentException("layers: must start with 784 (pixels) and end with 10 (digits): "
          + c.sizesString());
    }
    return c;
  }

  /** The settings the studio shows, label to text, in order. */
  public Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Hyperparameter h : SHOWN) {
      m.put(h.label(), text.get(h));
    }
    return m;
  }
}
