package dev.glassbox.trace.explore;

import dev.glassbox.trace.DefaultExample;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * SGD on one image, step after step: the traced step, then each repeat a new {@link Trace} of the
 * same image through the weights the step before left ({@link Trace#next}), until the image is
 * {@linkplain #learned() learned}. Keeps the first trace (the model's own weights, for a reset),
 * the latest, and the cost after every step; the model itself is never changed.
 */
public final class RepeatedSteps {
  /**
   * The cost below which an image counts as learned (once the network also answers its label):
   * a tenth of {@link DefaultExample#THRESHOLD}, the cost at which the stepper calls an image unsure.
   */
  public static final double LEARNED_COST = DefaultExample.THRESHOLD / 10;

  private final Trace first;
  private Trace latest;
  private final List<Double> costs = new ArrayList<>();
  private final List<Integer> answers = new ArrayList<>();

  /** The steps of {@code first}'s image, starting with the one {@code first} recorded. */
  public RepeatedSteps(Trace first) {
    this.first = first;
    reset();
  }

  /** Back to the first step: the model's weights, one step taken. Returns the first trace. */
  public Trace reset() {
    latest = first;
    costs.clear();
    answers.clear();
    costs.add(first.cost());
    answers.add(first.predicted());
    costs.add(first.costAfter());
    answers.add(first.predictedAfter());
    return first;
  }

  /** Takes one more SGD step on the image, from the latest weights, and returns its trace. */
  public Trace repeat() {
    latest = latest.next();
    costs.add(latest.costAfter());
    answers.add(latest.predictedAfter());
    return latest;
  }

  /** The first trace: through the model's own weights. */
  public Trace first() {
    return first;
  }

  /** The latest step's trace (its weights before and after that step). */
  public Trace latest() {
    return latest;
  }

  /** The latest step's "did it help?". */
  public DidItHelp latestStep() {
    return new DidItHelp(latest);
  }

  /** How many SGD steps have been taken on the image (1 after the traced one). */
  public int steps() {
    return costs.size() - 1;
  }

  /** C after {@code s} steps, s = 0 (the model's weights) .. {@link #steps()}. */
  public double cost(int s) {
    return costs.get(s);
  }

  /** The predicted digit after {@code s} steps. */
  public int answer(int s) {
    return answers.get(s);
  }

  /** The image's label. */
  public int label() {
    return first.label();
  }

  /** Whether the image is learned after {@code s} steps: answered right and C below {@link #LEARNED_COST}. */
  public boolean learnedAfter(int s) {
    return answers.get(s) == first.label() && costs.get(s) < LEARNED_COST;
  }

  /** Whether the image is learned now (after the latest step). */
  public boolean learned() {
    return learnedAfter(steps());
  }

  /** The first step count after which the image was learned, or -1. */
  public int learnedAt() {
    for (int s = 0; s < costs.size(); s++) {
      if (learnedAfter(s)) {
        return s;
      }
    }
    return -1;
  }

  /**
   * Whether the image is learned, with the rule, in a sentence for the window and the terminal,
   * e.g. "Learned after 4 steps: the network answers 5 and C < 0.01."
   */
  public String status() {
    int at = learnedAt();
    String rule = "the network answers " + label() + " and C < " + LEARNED_COST;
    if (learned()) {
      return at == 0 ? "Learned already before the step: " + rule + "."
          : "Learned after " + at + (at == 1 ? " step: " : " steps: ") + rule + ".";
    }
    return "Not learned yet (learned: " + rule + "); r repeats the step.";
  }
}
