package dev.glassbox.cli;

import dev.glassbox.data.Augment;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's view of the network's choices: the candidate lists behind {@code ${COMPLETION-CANDIDATES}}
 * and the typed converters, both read from the enums ({@link Activation}, {@link Cost}, {@link Init}),
 * so a new value appears in every option, its help and the generated docs by itself.
 */
final class Choices {
  private Choices() {}

  /** Every activation id. */
  static final class Activations implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Activation.values()).map(Activation::id).iterator();
    }
  }

  /** The ids a hidden layer may use (the element-wise activations). */
  static final class HiddenActivations implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(Activation.hiddenIds()).iterator();
    }
  }

  /** Every cost id. */
  static final class Costs implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(Cost.ids()).iterator();
    }
  }

  /** Every initialiser id. */
  static final class Inits implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(Init.ids()).iterator();
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
