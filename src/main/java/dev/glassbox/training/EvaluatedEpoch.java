package dev.glassbox.training;

import dev.glassbox.network.Network;

/**
 * The weights at the end of one epoch, frozen, and what they scored: the confusion matrix and the
 * misclassified digits the studio shows belong to exactly one of these.
 *
 * @param epoch the epoch that ended with these weights (0 when unknown, e.g. a model loaded
 *     without its history)
 * @param network a frozen copy of the weights; never modified
 * @param validation its evaluation on the validation set (null if none)
 * @param test its evaluation on the test set (null if none)
 */
public record EvaluatedEpoch(int epoch, Network network, Evaluation validation, Evaluation test) {
  /** The evaluation the heatmap and gallery show: test if there is one, else validation. */
  public Evaluation shown() {
    return test != null ? test : validation;
  }
}
