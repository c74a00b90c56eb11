package dev.glassbox.training;

/**
 * How a network does on a labelled set: the prediction for every sample, the confusion matrix
 * (rows = true digit, columns = predicted digit) and the mean cost.
 */
public final class Evaluation {
  private final int[] labels;
  private final int[] predicted;
  private final int[][] confusion;
  private final double meanCost;
  private final int correct;

  Evaluation(int[] labels, int[] predicted, int classes, double meanCost) {
    this.labels = labels;
    this.predicted = predicted;
    this.meanCost = meanCost;
    confusion = new int[classes][classes];
    int c = 0;
    for (int i = 0; i < labels.length; i++) {
      confusion[labels[i]][predicted[i]]++;
      if (labels[i] == predicted[i]) {
        c++;
      }
    }
    correct = c;
  }

  /** Samples evaluated. */
  public int total() {
    return labels.length;
  }

  /** Samples whose predicted digit is the label. */
  public int correct() {
    return correct;
  }

  /** Samples predicted wrongly. */
  public int wrong() {
    return labels.length - correct;
  }

  /** correct / total (0 for an empty set). */
  public double accuracy() {
    return labels.length == 0 ? 0 : (double) correct / labels.length;
  }

  /** Mean cost C over the set. */
  public double meanCost() {
    return meanCost;
  }

  /** Predicted digit of sample i. */
  public int predicted(int i) {
    return predicted[i];
  }

  /** Label of sample i. */
  public int label(int i) {
    return labels[i];
  }

  /** confusion()[true][predicted]: a copy. */
  public int[][] confusion() {
    int[][] c = new int[confusion.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = confusion[i].clone();
    }
    return c;
  }

  /** Fraction of samples of digit d that were misclassified (NaN if there are none). */
  public double errorRate(int d) {
    int n = 0;
    for (int v : confusion[d]) {
      n += v;
    }
    return n == 0 ? Double.NaN : 1.0 - (double) confusion[d][d] / n;
  }

  /** Indices of the misclassified samples, in order. */
  public int[] misclassified() {
    return java.util.stream.IntStream.range(0, labels.length)
        .filter(i -> labels[i] != predicted[i])
        .toArray();
  }
}
