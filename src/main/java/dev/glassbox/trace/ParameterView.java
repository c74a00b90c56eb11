package dev.glassbox.trace;

import dev.glassbox.network.Network;

/**
 * Read-only weights w^l_{jk} and biases b^l_j, each layer taken either from the network before the
 * trace's SGD step or from the one after it: what a window draws at a stepper position.
 */
public final class ParameterView {
  private final Network before;
  private final Network after;
  private final boolean[] updated;

  ParameterView(Network before, Network after, boolean[] updated) {
    this.before = before;
    this.after = after;
    this.updated = updated.clone();
  }

  private Network source(int l) {
    return updated[l] ? after : before;
  }

  /** Whether layer l's parameters are the updated ones. */
  public boolean updated(int l) {
    return updated[l];
  }

  /** w^l_{jk}: weight from neuron k of layer l-1 into neuron j of layer l (code numbering). */
  public double weight(int l, int j, int k) {
    return source(l).weight(l, j, k);
  }

  /** b^l_j. */
  public double bias(int l, int j) {
    return source(l).bias(l, j);
  }

  /** Layer sizes (copy). */
  public int[] sizes() {
    return before.sizes();
  }

  /** Neurons in layer l. */
  public int size(int l) {
    return before.size(l);
  }

  /** Number of layers including the input. */
  public int layers() {
    return before.layers();
  }

  /** A new, independent network holding exactly these parameters. */
  public Network toNetwork() {
    Network n = before.copy();
    for (int l = 1; l < n.layers(); l++) {
      if (updated[l]) {
        for (int j = 0; j < n.size(l); j++) {
          n.setBias(l, j, after.bias(l, j));
          for (int k = 0; k < n.size(l - 1); k++) {
            n.setWeight(l, j, k, after.weight(l, j, k));
          }
        }
      }
    }
    return n;
  }

  /** Whether every weight and bias equals {@code net}'s bit for bit. */
  public boolean sameParameters(Network net) {
    return toNetwork().sameParameters(net);
  }
}
