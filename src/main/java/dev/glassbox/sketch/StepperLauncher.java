package dev.glassbox.sketch;

import dev.glassbox.data.Dataset;
import dev.glassbox.network.Network;
import java.io.PrintStream;

/**
 * Opens one image in the stepper: what the studio's gallery and heatmap and the dataset browser
 * call when a learner clicks a digit. The stepper window is wired in by whoever owns it; until
 * then {@link #note(PrintStream)} prints a one-line note.
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

  /** A launcher that only prints which image would be opened, on one line. */
  static StepperLauncher note(PrintStream out) {
    return (net, data, index) -> out.println("stepper: would open " + data.name() + " image " + index
        + (data.labeled() ? " (label " + data.label(index) + ")" : "") + " with a frozen "
        + net.sizesString() + " network; the stepper window is not wired in yet");
  }
}
