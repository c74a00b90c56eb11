package dev.glassbox.sketch;

import dev.glassbox.data.Dataset;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Network;
import java.io.PrintStream;

/**
 * Opens one image in the stepper: what the studio's gallery and heatmap and the dataset browser
 * call when a learner clicks a digit: {@link #window} opens a stepper window beside them.
 */
@FunctionalInterface
public interface StepperLauncher {
  /**
   * Opens image {@code index} of {@code data} in the stepper.
   *
   * @param frozenCopy a copy of the weights, owned by the stepper (training goes on without it)
   * @param data the data set the image belongs to
   * @param index the image's index in {@code data}
   */
  void open(Network frozenCopy, Dataset data, int index);

  /**
   * Opens the image in a stepper window of its own, tracing one SGD step with these settings;
   * closing that window leaves the caller's window open.
   *
   * @param n the training-set size (for λ/n)
   * @param dropout the run's dropout (the image takes its training row's mask in epoch 1), or null
   */
  static StepperLauncher window(double eta, double lambda, double momentum, int n, Dropout dropout) {
    return (net, data, index) -> StepperWindow.openBeside(
        new TraceSource(net, data, eta, lambda, momentum, n, "frozen copy of the weights", dropout), index);
  }

  /** A launcher that only prints which image would be opened, on one line (for tests). */
  static StepperLauncher note(PrintStream out) {
    return (net, data, index) -> out.println("stepper: would open " + data.name() + " image " + index
        + (data.labeled() ? " (label " + data.label(index) + ")" : "") + " with a frozen "
        + net.sizesString() + " network; the stepper window is not wired in yet");
  }
}
