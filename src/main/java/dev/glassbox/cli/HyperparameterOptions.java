package dev.glassbox.cli;

import dev.glassbox.training.Hyperparameter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The hyperparameter options, made from the one definition {@link Hyperparameter} with picocli's
 * programmatic API: one option per hyperparameter, its values read by {@link Hyperparameter#read}
 * while parsing (a bad value is a usage error naming the option), its candidates from {@link
 * Hyperparameter#choices()}. Only the parameter label and the help are said here, in switches the
 * compiler checks, so a new hyperparameter is an option of {@code train}, {@code sweep},
 * {@code lr-find} and {@code studio} as soon as it has words.
 */
final class HyperparameterOptions {
  private final Map<Hyperparameter, OptionSpec> options = new EnumMap<>(Hyperparameter.class);

  /**
   * Adds an option for every hyperparameter to {@code spec}; with {@code lists} each takes one
   * value or several (the sweep's), separated by ',' (layer sizes, which contain commas, by ':').
   */
  HyperparameterOptions(CommandSpec spec, boolean lists) {
    for (Hyperparameter h : Hyperparameter.values()) {
      OptionSpec o = option(h, lists);
      options.put(h, o);
      spec.addOption(o);
    }
  }

  /** The value given for {@code h} or its default: one value, or with lists a list of them. */
  @SuppressWarnings("unchecked")
  <T> T value(Hyperparameter h) {
    return (T) options.get(h).getValue();
  }

  private static OptionSpec option(Hyperparameter h, boolean lists) {
    String label = paramLabel(h);
    String sep = h == Hyperparameter.LAYERS ? ":" : ",";
    List<String> choices = h.choices();
    OptionSpec.Builder b = OptionSpec.builder(h.option())
        .description(description(h))
        .completionCandidates(choices.isEmpty() ? null : choices)
        .converters(text -> read(h, text));
    if (!lists) {
      return b.paramLabel(label).type(Object.class).build();
    }
    return b.paramLabel(label + "[" + sep + label + "...]").hideParamSyntax(true)
        .type(List.class).auxiliaryTypes(Object.class).splitRegex(Pattern.quote(sep)).build();
  }

  private static Object read(Hyperparameter h, String text) {
    try {
      return h.read(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** The name of the value in the usage line. */
  static String paramLabel(Hyperparameter h) {
    return switch (h) {
      case LAYERS -> "SIZES";
      case ACTIVATION, OUTPUT -> "FN";
      case COST -> "C";
      case INIT -> "I";
      case ETA -> "ETA";
      case EPOCHS, HALVE_AFTER, PATIENCE -> "N";
      case BATCH -> "M";
      case LAMBDA -> "L";
      case MOMENTUM -> "MU";
      case SEED, SCHEDULE -> "S";
      case AUGMENT -> "A";
      case DROPOUT -> "P";
    };
  }

  /** The help line, with picocli's {@code ${COMPLETION-CANDIDATES}} and {@code ${DEFAULT-VALUE}}. */
  static String description(Hyperparameter h) {
    return switch (h) {
      case LAYERS -> "Layer sizes, input first (default: ${DEFAULT-VALUE}).";
      case ACTIVATION -> "Hidden-layer activation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).";
      case OUTPUT -> "Output-layer activation: ${COMPLETION-CANDIDATES}"
          + " (default: softmax with log-likelihood, else sigmoid).";
      case COST -> "Cost: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).";
      case INIT -> "Initial weights: gaussian = N(0,1), scaled = N(0,1/n_in), zeros"
          + " (default: ${DEFAULT-VALUE}).";
      case ETA -> "Learning rate η (default: ${DEFAULT-VALUE}).";
      case SCHEDULE -> "How η changes: ${COMPLETION-CANDIDATES}. plateau halves η after --halve-after"
          + " epochs without a better validation accuracy (Nielsen ch. 3), step halves it every"
          + " --halve-after epochs, cosine lowers it from η towards 0 over the epochs"
          + " (default: ${DEFAULT-VALUE}).";
      case HALVE_AFTER -> "The N of --schedule plateau and step (default: ${DEFAULT-VALUE}).";
      case EPOCHS -> "Epochs (default: ${DEFAULT-VALUE}).";
      case PATIENCE -> "Early stopping: stop after N epochs without a better validation accuracy;"
          + " 0 never stops early (default: ${DEFAULT-VALUE}).";
      case BATCH -> "Mini-batch size (default: ${DEFAULT-VALUE}).";
      case LAMBDA -> "L2 regularisation λ (default: ${DEFAULT-VALUE}).";
      case MOMENTUM -> "Momentum μ in [0,1) (default: ${DEFAULT-VALUE}).";
      case SEED -> "Seed of the initial weights and the shuffling (default: ${DEFAULT-VALUE}).";
      case AUGMENT -> "Distort the training images afresh every epoch (never validation or test):"
          + " ${COMPLETION-CANDIDATES}. affine: random rotations up to ±15°, shifts up to ±2 px,"
          + " scalings 0.9-1.1; elastic: Simard's random displacement field, σ 4, α 34"
          + " (default: ${DEFAULT-VALUE}; see them with browse --augment).";
      case DROPOUT -> "Dropout: drop each hidden neuron with probability P in [0,1) in every training"
          + " step, scaling the kept ones by 1/(1-P); never when evaluating (default: ${DEFAULT-VALUE}).";
    };
  }
}
