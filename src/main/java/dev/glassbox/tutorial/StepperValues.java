package dev.glassbox.tutorial;

import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.Stepper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Placeholders read from the stepper's own step lists, so a tutorial quotes exactly what the
 * window and {@code glassbox step --text} show. Step numbers are 1-based, as the window counts;
 * layers are the book's (input = 1).
 *
 * <ul>
 *   <li>{@code steps}, {@code nsteps}: how many steps per layer (the default) and per neuron (key g)
 *   <li>{@code step:K.symbol}, {@code .equation}, {@code .numbers}, {@code .phase}: step K per
 *       layer; {@code nstep:K.…} the same per neuron
 *   <li>{@code at:KIND:L}: the number of the per-layer step computing KIND of layer L, KIND one of
 *       x (the input), z, a, C, d (δ), db (∂C/∂b), dw (∂C/∂w), up (the update)
 *   <li>{@code nat:KIND:L:J}: the number of the per-neuron step for neuron J
 * </ul>
 */
public final class StepperValues implements Values {
  private final List<Step> layers;
  private final List<Step> neurons;
  private final Map<String, Integer> index = new HashMap<>();

  /** The per-layer and per-neuron step lists of {@code trace}. */
  public StepperValues(Trace trace) {
    this.layers = new Stepper(trace, Granularity.PER_LAYER).steps();
    this.neurons = new Stepper(trace, Granularity.PER_NEURON).steps();
    for (int i = 0; i < layers.size(); i++) {
      index.putIfAbsent("at:" + id(layers.get(i)), i + 1);
    }
    for (int i = 0; i < neurons.size(); i++) {
      Step s = neurons.get(i);
      index.putIfAbsent((s.wholeLayer() ? "nat:" + id(s) : "nat:" + id(s) + ":" + s.neuron()), i + 1);
    }
  }

  // "z:2" for z^2, "C" for the cost
  private static String id(Step s) {
    switch (s.kind()) {
      case INPUT:
        return "x:1";
      case WEIGHTED_INPUT:
        return "z:" + s.bookLayer();
      case ACTIVATION:
        return "a:" + s.bookLayer();
      case COST:
        return "C";
      case OUTPUT_ERROR:
      case BACKPROP_DELTA:
        return "d:" + s.bookLayer();
      case BIAS_GRADIENT:
        return "db:" + s.bookLayer();
      case WEIGHT_GRADIENT:
        return "dw:" + s.bookLayer();
      default:
        return "up:" + s.bookLayer();
    }
  }

  @Override
  public String get(String key) {
    if (key.equals("steps")) {
      return Integer.toString(layers.size());
    }
    if (key.equals("nsteps")) {
      return Integer.toString(neurons.size());
    }
    if (key.startsWith("step:")) {
      return text(layers, key.substring(5), key);
    }
    if (key.startsWith("nstep:")) {
      return text(neurons, key.substring(6), key);
    }
    if (key.startsWith("at:") || key.startsWith("nat:")) {
      Integer i = index.get(key);
      if (i == null) {
        throw new IllegalArgumentException("{{" + key + "}}: the stepper has no such step");
      }
      return Integer.toString(i);
    }
    return null;
  }

  private static String text(List<Step> steps, String rest, String key) {
    int dot = rest.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("{{" + key + "}}: ask for K.symbol, K.equation, K.numbers or K.phase");
    }
    int k = Integer.parseInt(rest.substring(0, dot));
    if (k < 1 || k > steps.size()) {
      throw new IllegalArgumentException("{{" + key + "}}: there are steps 1.." + steps.size());
    }
    Step s = steps.get(k - 1);
    switch (rest.substring(dot + 1)) {
      case "symbol":
        return s.symbol();
      case "equation":
        return s.equation();
      case "numbers":
        return s.substituted();
      case "phase":
        return s.phase().id();
      default:
        throw new IllegalArgumentException("{{" + key + "}}: ask for .symbol, .equation, .numbers or .phase");
    }
  }
}
