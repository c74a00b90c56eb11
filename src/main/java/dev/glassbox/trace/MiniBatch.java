package dev.glassbox.trace;

import dev.glassbox.network.Backprop;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Scratch;
import dev.glassbox.network.Sgd;
import dev.glassbox.network.Workspace;

/**
 * Nielsen's {@code update_mini_batch}, recorded: m samples, each one's own gradients ∂C_x/∂w and
 * ∂C_x/∂b (its {@link Trace}, a batch of one), the batch's sums Σ_x ∂C_x/∂w as the trainer computes
 * them, their mean, and the SGD step w → (1 - ηλ/n) w - (η/m) Σ_x ∂C_x/∂w. Immutable.
 *
 * <p>The sums are the trainer's: the m samples are loaded into one {@link Workspace} in the given
 * order, run through {@link Backprop#feedforward} and {@link Backprop#backward}, and summed by
 * {@link Backprop#weightGradientRow} and {@link Backprop#biasGradient}, which add the samples' terms
 * in slot order starting from 0; the step is {@link Sgd#step} on that workspace, the calls the
 * trainer makes. Each sample's δ does not depend on the other samples, so the per-sample gradients
 * are the terms of the sums bit for bit, and adding them up in batch order from 0 gives the sums
 * exactly. The mean is the sum divided by m, one rounding; the trainer itself never divides: it
 * multiplies the sum by η/m.
 */
public final class MiniBatch implements StepSettings.Recorded {
  final int[] sizes;
  final Trace[] samples;
  /** Σ_x ∂C_x/∂w^l in the network's layout [k * sizes[l] + j]. */
  final double[][] sumW;
  /** Σ_x ∂C_x/∂b^l. */
  final double[][] sumB;
  final Network before;
  final Network after;
  final StepSettings step;

  private MiniBatch(Trace[] samples, double[][] sumW, double[][] sumB, Network before, Network after,
      StepSettings step) {
    this.sizes = before.sizes();
    this.samples = samples;
    this.sumW = sumW;
    this.sumB = sumB;
    this.before = before;
    this.after = after;
    this.step = step;
  }

  /**
   * Records the mini-batch of rows {@code rows} of {@code in} (in that order: the order of the sums)
   * going through {@code net} and one SGD step on it. Momentum's velocities start at zero.
   *
   * @param net the network (not modified)
   * @param rows the batch, m ≥ 1 rows of {@code in}, each labelled 0 .. (output size - 1)
   * @param eta learning rate η
   * @param lambda L2 regularisation λ
   * @param momentum momentum μ
   * @param n training-set size (the n of λ/n)
   */
  public static MiniBatch record(Network net, Inputs in, int[] rows, double eta, double lambda, double momentum,
      int n) {
    return record(net, in, rows, new StepSettings(eta, lambda, momentum, n), null);
  }

  /**
   * {@link #record(Network, Inputs, int[], double, double, double, int)} as a training step with
   * dropout: each sample drops the hidden neurons of {@code dropout}'s mask for its row of {@code
   * in}, in its own trace and in the batch's sums and step alike (null: none).
   */
  public static MiniBatch record(Network net, Inputs in, int[] rows, StepSettings step, Dropout dropout) {
    int m = rows.length;
    if (m < 1) {
      throw new IllegalArgumentException("a mini-batch needs at least one sample");
    }
    Trace[] samples = new Trace[m];
    for (int s = 0; s < m; s++) {
      // checks the row and its label; the sample's own gradients, as the stepper shows them
      samples[s] = Trace.record(net, in, rows[s], step, dropout);
    }
    Network before = net.copy();
    Workspace ws = new Workspace(before, m);
    ws.load(in, rows, 0, m);
    ws.dropout(dropout);
    Backprop.feedforward(before, ws, 0, m);
    Backprop.backward(before, ws, 0, m);
    Backprop.prepareWeightGradients(ws);
    Scratch sc = new Scratch(before, m);
    // BP4 and BP3 summed over the batch: the trainer's own sums Σ_x ∂C_x/∂w^l, Σ_x ∂C_x/∂b^l
    double[][][] sums = Trace.gradients(before, ws, sc);
    double[][] sumW = sums[0];
    double[][] sumB = sums[1];
    Network after = before.copy();
    step.sgd(after).step(ws, sc);
    return new MiniBatch(samples, sumW, sumB, before, after, step);
  }

  /**
   * The same batch with each sample reporting {@code indices[s]} as its image index: for samples
   * copied out of a bigger data set into an {@link Inputs} of their own.
   */
  public MiniBatch withSampleIndices(int[] indices) {
    if (indices.length != samples.length) {
      throw new IllegalArgumentException(indices.length + " indices for " + samples.length + " samples");
    }
    Trace[] t = new Trace[samples.length];
    for (int s = 0; s < t.length; s++) {
      t[s] = samples[s].withSampleIndex(indices[s]);
    }
    return new MiniBatch(t, sumW, sumB, before, after, step);
  }

  /** The batch size m. */
  public int size() {
    return samples.length;
  }

  /** Sample s (0 .. m-1, batch order) on its own: its cost, label, prediction and gradients. */
  public Trace sample(int s) {
    return samples[s];
  }

  /** Layer sizes (copy). */
  public int[] sizes() {
    return sizes.clone();
  }

  /** Number of layers including the input. */
  public int layers() {
    return sizes.length;
  }

  /** Neurons in layer l. */
  public int layerSize(int l) {
    return sizes[l];
  }

  /** The mean cost (1/m) Σ_x C_x, summed in batch order as the trainer sums its epoch cost. */
  public double meanCost() {
    double c = 0;
    for (Trace t : samples) {
      c += t.cost;
    }
    return c / samples.length;
  }

  /** ∂C_x/∂w^l_{jk} of sample s: its own BP4, a^{l-1}_k δ^l_j. */
  public double nablaW(int s, int l, int j, int k) {
    return samples[s].nablaW(l, j, k);
  }

  /** ∂C_x/∂b^l_j of sample s: its δ^l_j (BP3). */
  public double nablaB(int s, int l, int j) {
    return samples[s].nablaB[l][j];
  }

  /** Σ_x ∂C_x/∂w^l_{jk} over the batch, as the trainer sums it. */
  public double nablaWSum(int l, int j, int k) {
    return sumW[l][k * sizes[l] + j];
  }

  /** Σ_x ∂C_x/∂b^l_j over the batch, as the trainer sums it. */
  public double nablaBSum(int l, int j) {
    return sumB[l][j];
  }

  /** The mean gradient (1/m) Σ_x ∂C_x/∂w^l_{jk}: {@link #nablaWSum} / m. */
  public double nablaWMean(int l, int j, int k) {
    return nablaWSum(l, j, k) / samples.length;
  }

  /** The mean gradient (1/m) Σ_x ∂C_x/∂b^l_j: {@link #nablaBSum} / m. */
  public double nablaBMean(int l, int j) {
    return nablaBSum(l, j) / samples.length;
  }

  /** Σ_x ∂C_x/∂w^l in the network's layout [k * sizes[l] + j] (copy). */
  double[] nablaWSum(int l) {
    return sumW[l].clone();
  }

  /** (1/m) Σ_x ∂C_x/∂w^l in the network's layout (a new array). */
  double[] nablaWMean(int l) {
    double[] mean = new double[sumW[l].length];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = sumW[l][i] / samples.length;
    }
    return mean;
  }

  /** (1/m) Σ_x ∂C_x/∂b^l (a new array). */
  double[] nablaBMean(int l) {
    double[] mean = new double[sumB[l].length];
    for (int j = 0; j < mean.length; j++) {
      mean[j] = sumB[l][j] / samples.length;
    }
    return mean;
  }

  /** η/m, the factor the trainer multiplies the summed gradient by. */
  public double etaOverM() {
    return eta() / samples.length;
  }

  @Override
  public StepSettings step() {
    return step;
  }

  /** w^l_{jk} before the step. */
  public double weightBefore(int l, int j, int k) {
    return before.weight(l, j, k);
  }

  /** w^l_{jk} after the step, as {@link Sgd#step} left it. */
  public double weightAfter(int l, int j, int k) {
    return after.weight(l, j, k);
  }

  /** b^l_j before the step. */
  public double biasBefore(int l, int j) {
    return before.bias(l, j);
  }

  /** b^l_j after the step. */
  public double biasAfter(int l, int j) {
    return after.bias(l, j);
  }

  /**
   * The step's change of w^l_{jk}: -(η/m) Σ_x ∂C_x/∂w, less (ηλ/n) w with regularisation; the
   * term the trainer subtracts, so that before + change is after (exactly when λ = 0).
   */
  public double weightChange(int l, int j, int k) {
    double step = etaOverM() * nablaWSum(l, j, k);
    return lambda() > 0 ? -(eta() * lambda() / trainingSetSize()) * weightBefore(l, j, k) - step : -step;
  }

  /** The step's change of b^l_j: -(η/m) Σ_x ∂C_x/∂b (biases are not regularised). */
  public double biasChange(int l, int j) {
    return -(etaOverM() * nablaBSum(l, j));
  }

  /** A new network equal to the one before the step. */
  public Network networkBefore() {
    return before.copy();
  }

  /** A new network equal to the one after the step. */
  public Network networkAfter() {
    return after.copy();
  }
}
