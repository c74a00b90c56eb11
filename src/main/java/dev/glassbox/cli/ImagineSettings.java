package dev.glassbox.cli;

import dev.glassbox.trace.explore.Imagine;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code imagine}'s tuning options, one per component of {@link Imagine.Settings}, made from the
 * table {@link Knob}; their defaults are {@link Imagine.Settings#defaults()}, stated there once.
 */
final class ImagineSettings {
  /** One component of {@link Imagine.Settings} as an option. */
  enum Knob {
    STEPS("--steps", "N", "Gradient steps", Imagine.Settings::steps),
    STEP_SIZE("--step-size", "ETA", "Largest pixel change per step", Imagine.Settings::eta),
    DECAY("--decay", "L", "Decay, pulls pixels towards the mean digit (to 0 with --prior none)",
        Imagine.Settings::decay),
    BLUR("--blur", "SIGMA", "Gaussian blur width in pixels, 0 for none", Imagine.Settings::blurSigma),
    BLUR_EVERY("--blur-every", "K", "Blur every K steps", Imagine.Settings::blurEvery),
    MARGIN("--margin", "M", "Ink only within M pixels of the centre, 14 for anywhere", Imagine.Settings::margin),
    JITTER("--jitter", "J", "Take each gradient at the image moved by up to J pixels, 0 for none",
        Imagine.Settings::jitter),
    TEMPERATURE("--temperature", "T", "Divide z^L by T before the softmax; large T = push the digit's z"
        + " up, the others' down evenly", Imagine.Settings::temperature);

    private final String name;
    private final String paramLabel;
    private final String description;
    private final Function<Imagine.Settings, Number> of;

    Knob(String name, String paramLabel, String description, Function<Imagine.Settings, Number> of) {
      this.name = name;
      this.paramLabel = paramLabel;
      this.description = description;
      this.of = of;
    }

    /** The option, typed like its component (whole or real), defaulting to the documented value. */
    OptionSpec option() {
      Number d = of.apply(Imagine.Settings.defaults());
      return OptionSpec.builder(name).paramLabel(paramLabel).type(d.getClass())
          .defaultValue(TerminalProgress.fmt(d.doubleValue()))
          .description(description + " (default: ${DEFAULT-VALUE}).").build();
    }
  }

  private final Map<Knob, OptionSpec> options = new EnumMap<>(Knob.class);

  // picocli hands a mixin its own spec while building it: the place to add the table's options
  @Spec
  void addOptions(CommandSpec self) {
    for (Knob k : Knob.values()) {
      OptionSpec o = k.option();
      options.put(k, o);
      self.addOption(o);
    }
  }

  private Number value(Knob k) {
    return options.get(k).getValue();
  }

  /** The settings the options give; a value out of range names its option. */
  Imagine.Settings settings() {
    return new Imagine.Settings(value(Knob.STEPS).intValue(), value(Knob.STEP_SIZE).doubleValue(),
        value(Knob.DECAY).doubleValue(), value(Knob.BLUR).doubleValue(), value(Knob.BLUR_EVERY).intValue(),
        value(Knob.MARGIN).intValue(), value(Knob.TEMPERATURE).doubleValue(), value(Knob.JITTER).intValue());
  }
}
