package dev.glassbox.cli;

import dev.glassbox.data.Augment;
import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.LearningRateFinder;
import dev.glassbox.training.Sweep;
import java.util.Iterator;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The defaults of the hyperparameter options ({@link HyperparameterOptions}), read from the one
 * definition {@link Hyperparameter}, and browse's {@code --augment} choices.
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

  /** The augmentation ids, for browse's {@code --augment}. */
  static final class Augments implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Hyperparameter.AUGMENT.choices().iterator();
    }
  }

  /** "none", "affine", "elastic" to an {@link Augment}, for browse's {@code --augment}. */
  static final class ToAugment implements ITypeConverter<Augment> {
    @Override
    public Augment convert(String s) {
      try {
        return Augment.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
