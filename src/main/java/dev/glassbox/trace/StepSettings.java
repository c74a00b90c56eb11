package dev.glassbox.trace;

import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;

/**
 * The settings of one recorded SGD step: learning rate η, L2 regularisation λ, momentum μ (its
 * velocities start at zero) and the training-set size n of λ/n.
 */
public record StepSettings(double eta, double lambda, double momentum, int n) {
  /** The optimiser that takes this step on {@code net} (in place). */
  Sgd sgd(Network net) {
    return new Sgd(net, eta, lambda, momentum, n);
  }

  /** What recorded a step: a {@link Trace} or a {@link MiniBatch}, read the same way. */
  public interface Recorded {
    /** The step's settings. */
    StepSettings step();

    /** Learning rate η of the recorded step. */
    default double eta() {
      return step().eta();
    }

    /** L2 regularisation λ of the recorded step. */
    default double lambda() {
      return step().lambda();
    }

    /** Momentum μ of the recorded step (velocities started at zero). */
    default double momentum() {
      return step().momentum();
    }

    /** Training-set size n (of λ/n). */
    default int trainingSetSize() {
      return step().n();
    }
  }
}
