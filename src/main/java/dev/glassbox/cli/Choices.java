package dev.glassbox.cli;

import dev.glassbox.data.Augment;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.io.Named;
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
 * definition {@link Hyperparameter}; and the candidates and converters of options that name a
 * {@link Named} enum by its id.
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

  /** The ids of a {@link Named} enum, behind {@code ${COMPLETION-CANDIDATES}}. */
  private abstract static class Ids<E extends Enum<E> & Named> implements Iterable<String> {
    private final Class<E> type;

    Ids(Class<E> type) {
      this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
      return Named.ids(type).iterator();
    }
  }

  /** A {@link Named} enum read by its id; an unknown one is a usage error listing the ids. */
  private abstract static class ById<E extends Enum<E> & Named> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String what;

    ById(Class<E> type, String what) {
      this.type = type;
      this.what = what;
    }

    @Override
    public E convert(String s) {
      try {
        return Named.parse(type, what, s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The augmentation ids (browse's {@code --augment}). */
  static final class Augments extends Ids<Augment> {
    Augments() {
      super(Augment.class);
    }
  }

  /** An {@link Augment} by id (browse's {@code --augment}). */
  static final class ToAugment extends ById<Augment> {
    ToAugment() {
      super(Augment.class, "augmentation");
    }
  }

  /** The ids of the parts of a split (test's {@code --set}). */
  static final class Parts extends Ids<MnistSplit.Part> {
    Parts() {
      super(MnistSplit.Part.class);
    }
  }

  /** A part of a split by id (test's {@code --set}). */
  static final class ToPart extends ById<MnistSplit.Part> {
    ToPart() {
      super(MnistSplit.Part.class, "part");
    }
  }
}
