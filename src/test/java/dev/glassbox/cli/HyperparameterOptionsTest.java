package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.LearningRateFinder;
import dev.glassbox.training.Sweep;
import dev.glassbox.training.TrainingConfig;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The hyperparameter options of {@code train}, {@code lr-find}, {@code studio} and {@code sweep}
 * are picocli's view of {@link Hyperparameter}: the same set, the same defaults, the same choices.
 */
class HyperparameterOptionsTest {
  private static List<String> candidates(OptionSpec o) {
    List<String> out = new ArrayList<>();
    if (o.completionCandidates() != null) {
      o.completionCandidates().forEach(out::add);
    }
    return out;
  }

  private static void check(String command, Hyperparameter shortRuns, String epochs) {
    CommandLine cl = Main.commandLine().getSubcommands().get(command);
    Set<Hyperparameter> seen = EnumSet.noneOf(Hyperparameter.class);
    for (Hyperparameter h : Hyperparameter.values()) {
      OptionSpec o = cl.getCommandSpec().findOption(h.option());
      assertNotNull(o, command + " has no " + h.option());
      seen.add(h);
      String expected = h == shortRuns ? epochs : h.defaultText();
      assertEquals(expected, o.defaultValueString().equals("null") ? null : o.defaultValueString(),
          command + " " + h.option());
      assertEquals(h.choices(), candidates(o), command + " " + h.option());
    }
    assertEquals(EnumSet.allOf(Hyperparameter.class), seen);
  }

  @Test
  void trainAndStudioOfferEveryHyperparameterWithItsDefaultAndChoices() {
    check("train", null, null);
    check("studio", null, null);
  }

  @Test
  void sweepAndLrFindDifferOnlyInTheirShortRuns() {
    check("sweep", Hyperparameter.EPOCHS, Integer.toString(Sweep.DEFAULT_EPOCHS));
    check("lr-find", Hyperparameter.EPOCHS, Integer.toString(LearningRateFinder.DEFAULT_EPOCHS));
  }

  @Test
  void noOptionsMeansNielsensRun() {
    TrainCommand t = new TrainCommand();
    new CommandLine(t).parseArgs();
    assertEquals(TrainingConfig.nielsen().withThreads(t.options.config().threads()), t.options.config());
  }

  @Test
  void aSweepOfOneValueEachIsTheSameRunAsTrain() {
    SweepCommand s = new SweepCommand();
    new CommandLine(s).parseArgs("--eta", "0.5", "--cost", "log-likelihood", "--epochs", "2");
    TrainCommand t = new TrainCommand();
    new CommandLine(t).parseArgs("--eta", "0.5", "--cost", "log-likelihood", "--epochs", "2", "--threads", "1");
    List<TrainingConfig> grid = SweepGrid.combinations(s.options);
    assertEquals(List.of(t.options.config()), grid);
    assertTrue(grid.get(0).output().id().equals("softmax"), "the default output follows the cost");
  }

  @Test
  void withChangesOneHyperparameterAndNothingElse() {
    TrainingConfig c = TrainingConfig.nielsen().withThreads(1);
    TrainingConfig other = new TrainingConfig(new int[] {784, 50, 10}, dev.glassbox.network.Activation.TANH,
        dev.glassbox.network.Activation.SOFTMAX, dev.glassbox.network.Cost.LOG_LIKELIHOOD,
        dev.glassbox.network.Init.SCALED, 0.25, 7, 32, 1.5, 0.9, 42, 1, dev.glassbox.training.Schedule.STEP, 2, 4,
        dev.glassbox.data.Augment.ELASTIC, 0.5);
    for (Hyperparameter h : Hyperparameter.values()) {
      TrainingConfig changed = c.with(h, h.read(h.of(other)));
      for (Hyperparameter k : Hyperparameter.values()) {
        assertEquals(k == h ? k.of(other) : k.of(c), k.of(changed), "with(" + h + ") on " + k);
      }
      assertEquals(1, changed.threads());
    }
  }

  @Test
  void theStudiosFieldsAreReadByTheirHyperparameterAndErrorsNameTheLabel() {
    java.util.Map<Hyperparameter, String> text = new java.util.EnumMap<>(Hyperparameter.class);
    text.put(Hyperparameter.COST, "log-likelihood");
    text.put(Hyperparameter.OUTPUT, " ");
    TrainingConfig c = TrainingConfig.parse(text, 1);
    assertEquals(dev.glassbox.network.Activation.SOFTMAX, c.output(), "a blank output follows the cost");
    assertEquals(TrainingConfig.nielsen().eta(), c.eta(), "a missing field takes the default");
    text.put(Hyperparameter.ETA, "");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> TrainingConfig.parse(text, 1));
    assertEquals("η (eta): empty value", e.getMessage());
    text.put(Hyperparameter.ETA, "fast");
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> TrainingConfig.parse(text, 1));
    assertEquals("η (eta): \"fast\" is not a number", e.getMessage());
  }

  @Test
  void everyConfigurationReadsBackFromItsText() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 50, 20, 10}, dev.glassbox.network.Activation.TANH,
        dev.glassbox.network.Activation.SOFTMAX, dev.glassbox.network.Cost.LOG_LIKELIHOOD,
        dev.glassbox.network.Init.SCALED, 0.25, 7, 32, 1.5, 0.9, 42, 1);
    java.util.Map<Hyperparameter, String> text = new java.util.EnumMap<>(Hyperparameter.class);
    for (Hyperparameter h : Hyperparameter.values()) {
      text.put(h, h.of(c));
    }
    assertEquals(c, TrainingConfig.parse(text, 1));
    assertEquals(c.describe().keySet().stream().toList(),
        java.util.Arrays.stream(Hyperparameter.values()).map(Hyperparameter::id).toList());
  }
}
