package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;
import dev.glassbox.notation.Equation;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Lesson;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.StepKind;
import dev.glassbox.trace.explain.Stepper;
import dev.glassbox.training.Team;
import dev.glassbox.training.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine.ParseResult;

/**
 * Every {@link Activation} is usable everywhere, without a hand list: adding a value to the enum is
 * enough for it to train, be traced, be shown in the stepper with equations that check from the
 * digits shown, be explained, be saved and loaded, and be accepted (and offered) by the command
 * line. A value that some part of the program forgot fails here.
 */
class EveryActivationTest {
  @TempDir Path dir;

  // hidden layers take the element-wise activations; softmax is tried as an output only
  private static Network network(Activation f, long seed) {
    Activation hidden = f.elementwise() ? f : Activation.SIGMOID;
    Network net = new Network(new int[] {12, 7, 5, 4}, hidden, f, Cost.QUADRATIC);
    Init.GAUSSIAN.apply(net, seed);
    return net;
  }

  private static Inputs inputs(int m, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[m][12];
    int[] labels = new int[m];
    for (int s = 0; s < m; s++) {
      for (int k = 0; k < 12; k++) {
        x[s][k] = rng.nextDouble() < 0.4 ? 0.0 : rng.nextDouble() * 2 - 0.5;
      }
      labels[s] = rng.nextInt(4);
    }
    return Inputs.fromDense(x, labels);
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void trainsAStep(Activation f) {
    Network net = network(f, 3);
    double before = net.weight(2, 0, 0);
    Inputs train = inputs(40, 4);
    try (Team team = new Team(1)) {
      Trainer t = new Trainer(net, new Sgd(net, 0.5, 0, 0, train.size()), train, 10, 5, team);
      t.trainEpoch(null);
    }
    assertFalse(net.weight(2, 0, 0) == before, f.id() + ": a weight moved");
    for (int l = 1; l < net.layers(); l++) {
      for (int j = 0; j < net.size(l); j++) {
        assertTrue(Double.isFinite(net.bias(l, j)), f.id());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void isTracedAndEveryDisplayedEquationChecks(Activation f) {
    // a seed with negative and positive z in every layer, so both branches of a kink are shown
    Trace t = Trace.record(network(f, 11), inputs(1, 12), 0, 1.5, 0.8, 0.9, 100);
    List<String> failures = new ArrayList<>();
    int equations = 0;
    for (Granularity g : Granularity.values()) {
      for (Step s : Stepper.build(t, g)) {
        for (Equation line : s.formula().lines()) {
          equations++;
          if (line.mismatch() != null) {
            failures.add(g + " " + s + ": " + line.mismatch());
          }
        }
        assertFalse(Lesson.sentences(s, null).isEmpty(), s.toString());
      }
    }
    assertTrue(failures.isEmpty(), f.id() + ": " + failures);
    assertTrue(equations > 100, "checked " + equations);
    // the layer's activation step names the function by its own symbol and says what it does
    Step act = Stepper.build(t, Granularity.PER_LAYER).stream()
        .filter(s -> s.kind() == StepKind.ACTIVATION && s.layer() == t.outputLayer()).findFirst().orElseThrow();
    assertTrue(act.formula().text().contains(" = " + f.symbol()), act.formula().text());
    assertTrue(Lesson.sentences(act, null).contains(f.meaning()), Lesson.sentences(act, null).toString());
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void isSavedAndLoaded(Activation f) throws Exception {
    Network net = network(f, 5);
    Path file = dir.resolve(f.id() + ".safetensors");
    ModelFile.save(net, file, java.util.Map.of());
    Network back = ModelFile.load(file).network();
    assertEquals(f, back.outputActivation());
    assertEquals(Activation.parse(f.id()), f);
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void theCommandLineOffersAndAcceptsItsId(Activation f) {
    String help = Run.of("train", "--help").out();
    String sweepHelp = Run.of("sweep", "--help").out();
    assertTrue(help.replaceAll("\\s+", " ").contains(f.id()), help);
    assertTrue(sweepHelp.replaceAll("\\s+", " ").contains(f.id()), sweepHelp);
    List<String> args = new ArrayList<>(List.of("train", "--output", f.id()));
    if (f.elementwise()) {
      args.addAll(List.of("--activation", f.id()));
    }
    ParseResult r = Main.commandLine().parseArgs(args.toArray(String[]::new)).subcommand();
    assertEquals(f, r.matchedOptionValue("--output", null));
    if (f.elementwise()) {
      assertEquals(f, r.matchedOptionValue("--activation", null));
      ParseResult sweep = Main.commandLine().parseArgs("sweep", "--activation", "sigmoid," + f.id())
          .subcommand();
      assertEquals(List.of(Activation.SIGMOID, f), sweep.matchedOptionValue("--activation", null));
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void theStudioOffersEveryHiddenActivation(Activation f) {
    assertEquals(f.elementwise(), Activation.hiddenIds().contains(f.id()));
  }
}
