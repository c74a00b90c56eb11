package dev.glassbox.cli;

import dev.glassbox.data.Augment;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.LearningRateFinder;
import dev.glassbox.training.Schedule;
import dev.glassbox.training.Sweep;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's view of the hyperparameters ({@link Hyperparameter}): the defaults, the candidate lists
 * behind {@code ${COMPLETION-CANDIDATES}} and the typed converters, all read from the one definition
 * and the enums ({@link Activation}, {@link Cost}, {@link Init}), so a new value appears in every
 * option, its help and the generated docs by itself.
 */
final class Choices {
  private Choices() {}

  /**
   * The defaults of the hyperparameter options, from {@link Hyperparameter#defaultText()}; a
   * command whose options include them names this as its {@code defaultValueProvider}.
   */
  static class Defaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec arg) {
      if (!(arg instanceof OptionSpec o)) {
        return null;
      }
      Hyperparameter h = Hyperparameter.byName(o.longestName());
      return h == null ? null : defaultText(h);
    }

    /** The default of {@code h} in this command. */
    String defaultText(Hyperparameter h) {
      return h.defaultText();
    }
  }

  /** lr-find's defaults: the same, but one epoch per rate ({@link LearningRateFinder#DEFAULT_EPOCHS}). */
  static final class LrFindDefaults extends Defaults {
    @Override
    String defaultText(Hyperparameter h) {
      return h == Hyperparameter.EPOCHS ? Integer.toString(LearningRateFinder.DEFAULT_EPOCHS) : h.defaultText();
    }
  }

  /** The sweep's defaults: the same, but short runs ({@link Sweep#DEFAULT_EPOCHS} epochs). */
  static final class SweepDefaults extends Defaults {
    @Override
    String defaultText(Hyperparameter h) {
      return h == Hyperparameter.EPOCHS ? Integer.toString(Sweep.DEFAULT_EPOCHS) : h.defaultText();
    }
  }

  /** The candidates of one hyperparameter. */
  private abstract static class Candidates implements Iterable<String> {
    private final Hyperparameter of;

    Candidates(Hyperparameter of) {
      this.of = of;
    }

    @Override
    public Iterator<String> iterator() {
      return of.choices().iterator();
    }
  }

  /** Every activation id (for the output layer). */
  static final class Activations extends Candidates {
    Activations() {
      super(Hyperparameter.OUTPUT);
    }
  }

  /** The ids a hidden layer may use (the element-wise activations). */
  static final class HiddenActivations extends Candidates {
    HiddenActivations() {
      super(Hyperparameter.ACTIVATION);
    }
  }

  /** Every cost id. */
  static final class Costs extends Candidates {
    Costs() {
      super(Hyperparameter.COST);
    }
  }

  /** Every initialiser id. */
  static final class Inits extends Candidates {
    Inits() {
      super(Hyperparameter.INIT);
    }
  }

  /** Every learning-rate schedule id. */
  static final class Schedules extends Candidates {
    Schedules() {
      super(Hyperparameter.SCHEDULE);
    }
  }

  /** "constant", "plateau", "step", "cosine" to a {@link Schedule}. */
  static final class ToSchedule implements ITypeConverter<Schedule> {
    @Override
    public Schedule convert(String s) {
      try {
        return Schedule.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Every augmentation id. */
  static final class Augments implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Augment.values()).map(Augment::id).iterator();
    }
  }

  /** "none", "affine", "elastic" to an {@link Augment}. */
  static final class ToAugment implements ITypeConverter<Augment> {
    @Override
    public Augment convert(String s) {
      try {
        return Augment.fromId(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** "relu", "leaky-relu", ... to an {@link Activation}. */
  static final class ToActivation implements ITypeConverter<Activation> {
    @Override
    public Activation convert(String s) {
      try {
        return Activation.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** "quadratic", "cross-entropy", ... to a {@link Cost}. */
  static final class ToCost implements ITypeConverter<Cost> {
    @Override
    public Cost convert(String s) {
      try {
        return Cost.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** "gaussian", "scaled", "zeros" to an {@link Init}. */
  static final class ToInit implements ITypeConverter<Init> {
    @Override
    public Init convert(String s) {
      try {
        return Init.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
