package dev.glassbox.trace;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Backprop;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Scratch;
import dev.glassbox.network.Sgd;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Workspace;

/**
 * Everything one sample does to the network, recorded by the training arithmetic itself: the
 * forward pass z^l = w^l a^{l-1} + b^l, a^l = σ(z^l); the cost C; the errors δ^l (BP1, BP2); the
 * gradients ∂C/∂b^l = δ^l (BP3) and ∂C/∂w^l_{jk} = a^{l-1}_k δ^l_j (BP4); one SGD step on a
 * mini-batch holding only this sample; and the same sample forward again through the updated
 * weights, its output and cost after the step ("did it help?"). Immutable.
 *
 * <p>Layers use the code's numbering (0 = input), as {@link Network} does; displays add 1. Arrays
 * returned by accessors are copies. ∂C/∂w is kept in the network's layout (row k = the gradients of
 * the weights leaving neuron k of layer l-1, at [k * sizes[l] + j]); read it with
 * {@link #nablaW(int, int, int)} or in the book's (out, in) order with {@link #nablaWBook(int)}.
 */
public final class Trace implements StepSettings.Recorded {
  final int[] sizes;
  final Activation[] activation;
  final Cost costFunction;
  final int sampleIndex;
  final int label;
  final int predicted;
  final double cost;
  /** z[l] for l ≥ 1 (z[0] is null). */
  final double[][] z;
  /** a[0] is the input x. */
  final double[][] a;
  /** δ[l] for l ≥ 1. */
  final double[][] delta;
  /** ∂C/∂b^l. */
  final double[][] nablaB;
  /** ∂C/∂w^l in the network's layout: [k * sizes[l] + j]. */
  final double[][] nablaW;
  final StepSettings step;
  final Network before;
  final Network after;
  /** ∂C/∂x_k = Σ_j w^2_jk δ^2_j (book numbering): which pixels pushed the answer. */
  final double[] inputGradient;
  /** a^L of the same x forward again through the updated weights ("did it help?"). */
  final double[] outputAfter;
  final double costAfter;
  final int predictedAfter;
  /** The dropout of the traced training step, or null (no neuron dropped). */
  final Dropout dropout;
  /** mask^l of the hidden layers (0: dropped, 1/(1-P): kept), or all null without dropout. */
  final double[][] mask;

  private Trace(Network before, Workspace ws, double[][] nablaW, double[][] nablaB, Network after,
      Workspace again, int sampleIndex, StepSettings step) {
    this.sizes = before.sizes();
    int layers = sizes.length;
    this.dropout = ws.dropout();
    this.mask = new double[layers][];
    if (dropout != null) {
      for (int l = 1; l < layers - 1; l++) {
        mask[l] = new double[sizes[l]];
        for (int j = 0; j < sizes[l]; j++) {
          mask[l][j] = ws.mask(l, 0, j);
        }
      }
    }
    this.activation = new Activation[layers];
    for (int l = 1; l < layers; l++) {
      activation[l] = before.activation(l);
    }
    this.costFunction = before.cost();
    this.sampleIndex = sampleIndex;
    this.label = ws.label(0);
    this.predicted = Backprop.predicted(before, ws, 0);
    this.cost = Backprop.cost(before, ws, 0);
    this.z = new double[layers][];
    this.a = new double[layers][];
    this.delta = new double[layers][];
    a[0] = ws.copy(Workspace.Quantity.ACTIVATION, 0, 0);
    for (int l = 1; l < layers; l++) {
      z[l] = ws.copy(Workspace.Quantity.WEIGHTED_INPUT, l, 0);
      a[l] = ws.copy(Workspace.Quantity.ACTIVATION, l, 0);
      delta[l] = ws.copy(Workspace.Quantity.DELTA, l, 0);
    }
    this.nablaW = nablaW;
    this.nablaB = nablaB;
    this.step = step;
    this.before = before;
    this.after = after;
    this.inputGradient = new double[sizes[0]];
    Backprop.inputGradient(before, ws, 0, inputGradient);
    this.outputAfter = again.copy(Workspace.Quantity.ACTIVATION, layers - 1, 0);
    this.costAfter = Backprop.cost(after, again, 0);
    this.predictedAfter = Backprop.predicted(after, again, 0);
  }

  // the same immutable arrays under another sample index
  private Trace(Trace o, int sampleIndex) {
    this.sizes = o.sizes;
    this.activation = o.activation;
    this.costFunction = o.costFunction;
    this.sampleIndex = sampleIndex;
    this.label = o.label;
    this.predicted = o.predicted;
    this.cost = o.cost;
    this.z = o.z;
    this.a = o.a;
    this.delta = o.delta;
    this.nablaW = o.nablaW;
    this.nablaB = o.nablaB;
    this.step = o.step;
    this.before = o.before;
    this.after = o.after;
    this.inputGradient = o.inputGradient;
    this.outputAfter = o.outputAfter;
    this.costAfter = o.costAfter;
    this.predictedAfter = o.predictedAfter;
    this.dropout = o.dropout;
    this.mask = o.mask;
  }

  /**
   * The same trace reporting {@code index} as its sample index: for a sample that was taken out of
   * a bigger data set into an {@link Inputs} of its own.
   */
  public Trace withSampleIndex(int index) {
    return new Trace(this, index);
  }

  /**
   * Records sample {@code row} of {@code in} going through {@code net}: feedforward and backward on
   * a {@link Workspace} batch of one, the gradients from {@link Backprop#weightGradientRow} and
   * {@link Backprop#biasGradient}, and the update from {@link Sgd#step} applied to a copy. The
   * velocities of momentum start at zero (one step from rest). Then the same sample goes forward
   * again through the updated copy ({@link Backprop#feedforward}): did the step help?
   *
   * @param net the network (not modified)
   * @param in the inputs; row {@code row} must carry a label 0 .. (output size - 1)
   * @param eta learning rate η
   * @param lambda L2 regularisation λ
   * @param momentum momentum μ
   * @param n training set size (the n of λ/n)
   */
  public static Trace record(Network net, Inputs in, int row, double eta, double lambda,
      double momentum, int n) {
    return record(net, in, row, new StepSettings(eta, lambda, momentum, n));
  }

  /** {@link #record(Network, Inputs, int, double, double, double, int)} with the step's settings. */
  public static Trace record(Network net, Inputs in, int row, StepSettings step) {
    return record(net, in, row, step, null);
  }

  /**
   * {@link #record(Network, Inputs, int, StepSettings)} as a training step with dropout: the
   * forward and backward passes drop the hidden neurons of {@code dropout}'s mask for row {@code
   * row} (null: none). The pass "did it help?" through the updated weights, like every evaluation,
   * drops nothing.
   */
  public static Trace record(Network net, Inputs in, int row, StepSettings step, Dropout dropout) {
    int last = net.layers() - 1;
    if (row < 0 || row >= in.size()) {
      throw new IllegalArgumentException("sample " + row + " is outside 0.." + (in.size() - 1));
    }
    if (!labelFits(net, in.label(row))) {
      throw new IllegalArgumentException(
          "sample " + row + " needs a label 0.." + (net.size(last) - 1) + " to compute the cost");
    }
    Network before = net.copy();
    Workspace ws = new Workspace(before, 1);
    ws.loadOne(in, row);
    ws.dropout(dropout);
    Backprop.feedforward(before, ws, 0, 1);
    Backprop.backward(before, ws, 0, 1);
    Backprop.prepareWeightGradients(ws);

    Scratch sc = new Scratch(before, 1);
    double[][][] gradients = gradients(before, ws, sc);
    double[][] nablaW = gradients[0];
    double[][] nablaB = gradients[1];

    Network after = before.copy();
    step.sgd(after).step(ws, sc);
    // did it help? the same sample forward again, through the updated weights, by the same code
    Workspace again = new Workspace(after, 1);
    again.loadOne(in, row);
    Backprop.feedforward(after, again, 0, 1);
    return new Trace(before, ws, nablaW, nablaB, after, again, row, step);
  }

  /**
   * One more SGD step on the same sample: the trace of x through the weights after this step, with
   * the same η, λ, μ and n (velocities from rest again). Its cost is this trace's
   * {@link #costAfter()}, bit for bit.
   */
  public Trace next() {
    return record(after, Inputs.single(a[0], label), 0, step, dropout).withSampleIndex(sampleIndex);
  }

  /**
   * The dropout of the traced step, as row 0 of a batch takes it (already moved to the image's own
   * training row), or null: none.
   */
  public Dropout dropout() {
    return dropout;
  }

  /** The dropout probability P of the traced step (0: no neuron was dropped). */
  public double dropoutP() {
    return dropout == null ? 0.0 : dropout.p();
  }

  /**
   * mask^l of hidden layer l in the traced step (a copy): 0 where the neuron was dropped, 1/(1-P)
   * where it was kept and scaled; null without dropout or for the output layer.
   */
  public double[] mask(int l) {
    return mask[l] == null ? null : mask[l].clone();
  }

  /** Whether neuron j of layer l was dropped in the traced step. */
  public boolean dropped(int l, int j) {
    return mask[l] != null && mask[l][j] == 0.0;
  }

  /** Whether hidden layer l had a dropout mask in the traced step (a^l = σ(z^l) ⊙ mask^l). */
  public boolean masked(int l) {
    return mask[l] != null;
  }

  /** mask^l_j of the traced step: 0 (dropped) or 1/(1-P) (kept); 1 where layer l has no mask. */
  public double mask(int l, int j) {
    return mask[l] == null ? 1.0 : mask[l][j];
  }

  /** How many neurons of layer l the traced step dropped. */
  public int droppedCount(int l) {
    int n = 0;
    for (int j = 0; mask[l] != null && j < mask[l].length; j++) {
      n += mask[l][j] == 0.0 ? 1 : 0;
    }
    return n;
  }

  /**
   * σ'(z^l_j) as the backward pass took it: from z and a without dropout, from z alone with it
   * (there a holds the masked activation), so BP2 is shown with the very factor that was used.
   */
  public double activationDerivative(int l, int j) {
    Activation act = activation[l];
    return mask[l] != null ? act.derivativeAt(z[l][j]) : act.derivative(z[l][j], a[l][j]);
  }

  /**
   * ∂C/∂x: BP2 taken one layer further, to the pixels (Σ_j w^2_jk δ^2_j in the book's numbering),
   * from the same backward pass. Negative where more ink would lower the cost. A copy.
   */
  public double[] inputGradient() {
    return inputGradient.clone();
  }

  /** ∂C/∂w^l in the network's layout, entry i = k * sizes[l] + j (copy). */
  public double[] nablaWFlat(int l) {
    return nablaW[l].clone();
  }

  /** Entry i = k * sizes[l] + j of ∂C/∂w^l in the network's layout. */
  public double nablaWFlat(int l, int i) {
    return nablaW[l][i];
  }

  // a one-hot y needs an output neuron for the label
  private static boolean labelFits(Network net, int label) {
    return label >= 0 && label < net.size(net.layers() - 1);
  }

  /**
   * ∂C/∂x for one image: the forward and backward passes of {@code x} with {@code label}, BP2 taken
   * one layer further (∂C/∂x_k = Σ_j w^2_jk δ^2_j, book numbering). A negative value means more ink
   * at pixel k would make the image more like {@code label}.
   *
   * @param x the input, values in [0, 1] (not modified)
   */
  public static double[] inputGradient(Network net, double[] x, int label) {
    if (!labelFits(net, label)) {
      throw new IllegalArgumentException("label " + label + " is outside 0.." + (net.size(net.layers() - 1) - 1));
    }
    // the forward and backward passes only: no SGD step, no second pass
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(Inputs.single(x, label), 0);
    Backprop.feedforward(net, ws, 0, 1);
    Backprop.backward(net, ws, 0, 1);
    double[] g = new double[net.size(0)];
    Backprop.inputGradient(net, ws, 0, g);
    return g;
  }

  /** ∂C/∂x_k. */
  public double inputGradient(int k) {
    return inputGradient[k];
  }

  /** Number of layers including the input (the book's L). */
  public int layers() {
    return sizes.length;
  }

  /** Index of the output layer, {@code layers() - 1}. */
  public int outputLayer() {
    return sizes.length - 1;
  }

  /** Neurons in layer l. */
  public int size(int l) {
    return sizes[l];
  }

  /** Layer sizes (copy). */
  public int[] sizes() {
    return sizes.clone();
  }

  /** The activation σ of layer l ≥ 1. */
  public Activation activationFunction(int l) {
    return activation[l];
  }

  /** The cost function. */
  public Cost costFunction() {
    return costFunction;
  }

  /** Row of the sample in its inputs (the image index). */
  public int sampleIndex() {
    return sampleIndex;
  }

  /** The target label: y is the one-hot vector with y_label = 1. */
  public int label() {
    return label;
  }

  /** The predicted digit: index of the largest output activation. */
  public int predicted() {
    return predicted;
  }

  /** The cost C of this sample before the update. */
  public double cost() {
    return cost;
  }

  /** The cost C of the same sample after the update: x forward again through the updated weights. */
  public double costAfter() {
    return costAfter;
  }

  /** The predicted digit after the update (the index of the largest entry of {@link #outputAfter()}). */
  public int predictedAfter() {
    return predictedAfter;
  }

  /** The output a^L after the update: x forward again through the updated weights. A copy. */
  public double[] outputAfter() {
    return outputAfter.clone();
  }

  /** The input x = a^0 (code numbering; the book's a^1). */
  public double[] x() {
    return a[0].clone();
  }

  /** The output a^L. */
  public double[] output() {
    return a[outputLayer()].clone();
  }

  /** z^l (l ≥ 1). */
  public double[] z(int l) {
    return z[l].clone();
  }

  /** z^l_j. */
  public double z(int l, int j) {
    return z[l][j];
  }

  /** a^l (a^0 = x). */
  public double[] a(int l) {
    return a[l].clone();
  }

  /** a^l_j. */
  public double a(int l, int j) {
    return a[l][j];
  }

  /** δ^l = ∂C/∂z^l (l ≥ 1). */
  public double[] delta(int l) {
    return delta[l].clone();
  }

  /** δ^l_j. */
  public double delta(int l, int j) {
    return delta[l][j];
  }

  /** ∂C/∂b^l (BP3). */
  public double[] nablaB(int l) {
    return nablaB[l].clone();
  }

  /** ∂C/∂b^l_j. */
  public double nablaB(int l, int j) {
    return nablaB[l][j];
  }

  /** ∂C/∂w^l_{jk} (BP4): weight from neuron k of layer l-1 into neuron j of layer l. */
  public double nablaW(int l, int j, int k) {
    return nablaW[l][k * sizes[l] + j];
  }

  /** ∂C/∂w^l_{j·}: the gradients of neuron j's incoming weights, indexed by k. */
  public double[] nablaWRow(int l, int j) {
    int in = sizes[l - 1];
    double[] row = new double[in];
    for (int k = 0; k < in; k++) {
      row[k] = nablaW[l][k * sizes[l] + j];
    }
    return row;
  }

  /** ∂C/∂w^l in the book's (out, in) row-major order: element [j * sizes[l-1] + k]. */
  public double[] nablaWBook(int l) {
    return bookOrder(nablaW[l], sizes[l - 1], sizes[l]);
  }

  /** Transposes a network-layout matrix [k * out + j] into the book's [j * in + k]. */
  static double[] bookOrder(double[] m, int in, int out) {
    double[] t = new double[m.length];
    for (int k = 0; k < in; k++) {
      for (int j = 0; j < out; j++) {
        t[j * in + k] = m[k * out + j];
      }
    }
    return t;
  }

  @Override
  public StepSettings step() {
    return step;
  }

  /** The parameters before the SGD step (those that produced every z, a, δ here). */
  public ParameterView before() {
    return view(false);
  }

  /** The parameters after the SGD step. */
  public ParameterView after() {
    return view(true);
  }

  /** Layers 1 .. {@code upTo} updated, the others as before the step. */
  public ParameterView updatedThrough(int upTo) {
    boolean[] updated = new boolean[sizes.length];
    for (int l = 1; l <= upTo && l < sizes.length; l++) {
      updated[l] = true;
    }
    return new ParameterView(before, after, updated);
  }

  private ParameterView view(boolean updated) {
    return updatedThrough(updated ? sizes.length - 1 : 0);
  }

  /** A new network equal to the one traced (before the step). */
  public Network networkBefore() {
    return before.copy();
  }

  /** A new network equal to the traced one after the step. */
  public Network networkAfter() {
    return after.copy();
  }

  /**
   * BP4 and BP3 summed over the samples loaded in {@code ws}, exactly as the trainer computes
   * them: {Σ ∂C/∂w per layer (row k of in × out), Σ ∂C/∂b per layer}. One sample gives its own
   * gradients; a mini-batch gives the trainer's sums (see {@link MiniBatch}).
   */
  static double[][][] gradients(Network before, Workspace ws, Scratch sc) {
    int layers = before.layers();
    double[][] nablaW = new double[layers][];
    double[][] nablaB = new double[layers][];
    double[] g = sc.gradient();
    for (int l = 1; l < layers; l++) {
      int out = before.size(l);
      nablaW[l] = new double[before.size(l - 1) * out];
      for (int k = 0; k < before.size(l - 1); k++) {
        // BP4: row k of ∂C/∂w^l
        Backprop.weightGradientRow(before, ws, l, k, sc);
        System.arraycopy(g, 0, nablaW[l], k * out, out);
      }
      // BP3
      Backprop.biasGradient(before, ws, l, sc);
      nablaB[l] = java.util.Arrays.copyOf(g, out);
    }
    return new double[][][] {nablaW, nablaB};
  }
}
