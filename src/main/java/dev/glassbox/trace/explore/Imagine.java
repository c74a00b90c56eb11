package dev.glassbox.trace.explore;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Backprop;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;
import java.util.SplittableRandom;

/**
 * "What do you think a 3 looks like?": gradient descent on the input pixels x, with the weights
 * fixed, so that the network answers the target digit.
 *
 * <p>Each step is the network's own backprop run one layer further (BP2 to the input,
 * {@link Backprop#inputGradient}), then a step on the pixels and the regulariser:
 *
 * <pre>
 *   g ← ∂C/∂x at x shifted by (dx, dy), shifted back   C = -ln softmax(z^L / T)_digit
 *                                                        (dx, dy) random in [-j, j] (jitter)
 *   v ← Σ g                         with a {@link DigitPrior}: the pixel covariance of all digits
 *                                   (without one, v ← g)
 *   x ← x - η (v / max|v| + λ (x - x̄))  a step of fixed size; λ: decay towards the prior's mean
 *                                   x̄ (towards 0 without a prior)
 *   x ← blur(x)  every k steps      optional: a Gaussian of width σ (neighbouring pixels agree)
 *   x ← clip(x, 0, 1) ⊙ mask        pixels stay in MNIST's range, ink stays in the digit's box
 * </pre>
 *
 * <p><b>The prior.</b> The raw pixel gradient of a small fully connected network is speckle: each
 * pixel is pushed on its own, and a picture made of such pushes is noise that the network scores
 * at 100%. Filtering the step by the covariance of all training digits (labels unused) moves
 * pixels only in the combinations in which ink varies in real handwriting, which is gradient
 * descent with a Gaussian prior on the image (see {@link DigitPrior}). The prior is the same for
 * all ten digits; which digit appears is decided by the network's gradient alone (an untrained
 * network given the same prior draws digit-like scribbles that are not the digit asked for).
 *
 * <p><b>The cost.</b> The network's own cost saturates: once a^L_digit is near 1 its δ^L is near
 * 0 and the picture stops forming while still faint. So C is computed on a copy of the network
 * whose output layer is a softmax of the output weighted inputs divided by a temperature T
 * (weights and biases of the last layer divided by T), with the log-likelihood cost, for which
 * BP1 is δ^L = softmax(z^L/T) - y. For a large T this is ascent on z^L_digit minus the mean of the
 * other z^L: "more of this digit, less of the others", and it never saturates. The hidden layers
 * are the model's, untouched; the answers reported ({@link Result#activation}) are the model's
 * own output activations.
 *
 * <p><b>The mask.</b> MNIST's own layout: a digit is scaled into a 20x20 box and centred by mass
 * in the 28x28 field, so ink far outside the central square is not a digit (and the weights of
 * never-lit border pixels may still hold their random initial values, which would paint noise).
 *
 * <p><b>The start.</b> Blank (all 0), or any image such as the mean of all training digits, a
 * blob that is no digit in particular and that the gradient carves into one.
 */
public final class Imagine {
  /** Side of the image (MNIST). */
  public static final int SIDE = 28;
  /** Seeds the jitter (plus the digit), so a picture is reproducible. */
  static final long SEED = 1L;

  /**
   * The method's knobs; {@link #defaults()} are the ones the documentation's picture used.
   *
   * @param steps gradient steps
   * @param eta step size η on the pixels (the largest pixel change of a step, before decay)
   * @param decay L2 decay λ (pulls pixels towards 0)
   * @param blurSigma width σ of the Gaussian blur in pixels (0: none)
   * @param blurEvery blur every this many steps
   * @param margin half-width of the allowed square around the centre (14 = whole field)
   * @param temperature T of the softened output (1: the plain softmax of z^L)
   * @param jitter largest random shift in pixels of the image the gradient is taken at (0: none)
   */
  public record Settings(int steps, double eta, double decay, double blurSigma, int blurEvery,
      int margin, double temperature, int jitter) {
    /** Checks the values, naming the bad one. */
    public Settings {
      if (steps < 1) {
        throw new IllegalArgumentException("--steps must be at least 1, got " + steps);
      }
      if (!(eta > 0) || !Double.isFinite(eta)) {
        throw new IllegalArgumentException("--step-size must be positive, got " + eta);
      }
      if (!(decay >= 0) || !Double.isFinite(decay)) {
        throw new IllegalArgumentException("--decay must be 0 or more, got " + decay);
      }
      if (!(blurSigma >= 0) || blurSigma > 5 || blurEvery < 1) {
        throw new IllegalArgumentException("--blur must be in [0, 5] and --blur-every at least 1");
      }
      if (margin < 1 || margin > SIDE / 2) {
        throw new IllegalArgumentException("--margin must be 1 to 14, got " + margin);
      }
      if (jitter < 0 || jitter > 4) {
        throw new IllegalArgumentException("--jitter must be 0 to 4, got " + jitter);
      }
      if (!(temperature > 0) || !Double.isFinite(temperature)) {
        throw new IllegalArgumentException("--temperature must be positive, got " + temperature);
      }
    }

    /** The settings of the documented picture. */
    public static Settings defaults() {
      return new Settings(800, 0.05, 1, 0, 4, 12, 3, 1);
    }
  }

  /**
   * The imagined image and how the network sees it.
   *
   * @param x the 784 pixels in [0, 1], row-major
   * @param startActivation a^L_digit of the start image (the model's own output)
   * @param activation a^L_digit of x
   * @param output the whole output a^L of x
   */
  public record Result(int digit, double[] x, double startActivation, double activation,
      double[] output) {}

  private Imagine() {}

  /**
   * Imagines {@code digit} with {@code net} (not modified), starting from {@code start} (784
   * values in [0, 1], not modified; null for blank).
   */
  public static Result digit(Network net, int digit, double[] start, Settings s) {
    return digit(net, digit, start, null, s);
  }

  /**
   * Imagines {@code digit} as {@link #digit(Network, int, double[], Settings)}, with the network's
   * gradient filtered by {@code prior} (null: none): each step is Σ g instead of g, and the decay
   * pulls towards the prior's mean x̄ instead of 0.
   */
  public static Result digit(Network net, int digit, double[] start, DigitPrior prior, Settings s) {
    int n0 = net.size(0);
    int nOut = net.size(net.layers() - 1);
    if (digit < 0 || digit >= nOut) {
      throw new IllegalArgumentException("digit " + digit + " is not an output of this network (0-"
          + (nOut - 1) + ")");
    }
    if (start != null && start.length != n0) {
      throw new IllegalArgumentException("the start image has " + start.length + " pixels, the network "
          + "expects " + n0);
    }
    Network probe = softened(net, s.temperature());
    Workspace ws = new Workspace(probe, 1);
    double[] mask = mask(n0, s.margin());
    double[] x = new double[n0];
    for (int k = 0; k < n0; k++) {
      x[k] = start == null ? 0.0 : Math.max(0.0, Math.min(1.0, start[k])) * mask[k];
    }
    double startActivation = outputs(net, x)[digit];
    double[] g = new double[n0];
    double[] shiftedG = new double[n0];
    double[] v = new double[n0];
    if (prior != null && n0 != DigitPrior.N) {
      throw new IllegalArgumentException("the digit prior is for 784 pixels, the network has " + n0);
    }
    double[] centre = prior != null ? prior.mean() : new double[n0];
    boolean square = n0 == SIDE * SIDE;
    SplittableRandom random = new SplittableRandom(SEED + digit);
    for (int step = 1; step <= s.steps(); step++) {
      // the gradient at a randomly shifted copy, shifted back: features that survive a small move
      int dx = square && s.jitter() > 0 ? random.nextInt(-s.jitter(), s.jitter() + 1) : 0;
      int dy = square && s.jitter() > 0 ? random.nextInt(-s.jitter(), s.jitter() + 1) : 0;
      ws.loadOne(Inputs.single(square ? shift(x, dx, dy) : x, digit), 0);
      Backprop.feedforward(probe, ws, 0, 1);
      Backprop.backward(probe, ws, 0, 1);
      // ∂C/∂x_k = Σ_j w^1_jk δ^1_j
      Backprop.inputGradient(probe, ws, 0, shiftedG);
      System.arraycopy(square ? shift(shiftedG, -dx, -dy) : shiftedG, 0, g, 0, n0);
      if (prior != null) {
        // a pixel at its limit that the gradient pushes further out cannot move: no push there,
        // so that the filter does not spread a push nothing can follow to its neighbours
        for (int k = 0; k < n0; k++) {
          if ((x[k] <= 0 && g[k] > 0) || (x[k] >= 1 && g[k] < 0)) {
            g[k] = 0;
          }
        }
        // v = Σ g: each pixel moves with the pixels that vary with it in digits (strokes)
        prior.filter(g, v);
      } else {
        System.arraycopy(g, 0, v, 0, n0);
      }
      double max = 1e-300;
      for (int k = 0; k < n0; k++) {
        max = Math.max(max, Math.abs(v[k] * mask[k]));
      }
      for (int k = 0; k < n0; k++) {
        // x ← x - η (v / max|v| + λ (x - x̄))   (x̄ = 0 without a prior)
        x[k] -= s.eta() * (v[k] / max + s.decay() * (x[k] - centre[k]));
      }
      if (s.blurSigma() > 0 && step % s.blurEvery() == 0 && n0 == SIDE * SIDE) {
        x = blur(x, s.blurSigma());
      }
      for (int k = 0; k < n0; k++) {
        x[k] = Math.max(0.0, Math.min(1.0, x[k])) * mask[k];
      }
    }
    double[] out = outputs(net, x);
    return new Result(digit, x, startActivation, out[digit], out);
  }

  /** The output activations a^L of {@code net} for input {@code x} (one feedforward). */
  public static double[] outputs(Network net, double[] x) {
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(Inputs.single(x, 0), 0);
    Backprop.feedforward(net, ws, 0, 1);
    return ws.copy('a', net.layers() - 1, 0);
  }

  /**
   * A copy of {@code net} with a softmax output of z^L / T and the log-likelihood cost: the
   * hidden layers unchanged, the last layer's weights and biases divided by T.
   */
  static Network softened(Network net, double temperature) {
    int last = net.layers() - 1;
    Activation[] acts = new Activation[net.layers()];
    for (int l = 1; l < last; l++) {
      acts[l] = net.activation(l);
    }
    acts[last] = Activation.SOFTMAX;
    Network probe = new Network(net.sizes(), acts, Cost.LOG_LIKELIHOOD);
    probe.copyParametersFrom(net);
    for (int j = 0; j < net.size(last); j++) {
      probe.setBias(last, j, net.bias(last, j) / temperature);
      for (int k = 0; k < net.size(last - 1); k++) {
        probe.setWeight(last, j, k, net.weight(last, j, k) / temperature);
      }
    }
    return probe;
  }

  /** The 28x28 image moved right by dx and down by dy, zeros coming in. */
  static double[] shift(double[] x, int dx, int dy) {
    double[] out = new double[x.length];
    for (int r = 0; r < SIDE; r++) {
      for (int c = 0; c < SIDE; c++) {
        int sr = r - dy;
        int sc = c - dx;
        if (sr >= 0 && sr < SIDE && sc >= 0 && sc < SIDE) {
          out[r * SIDE + c] = x[sr * SIDE + sc];
        }
      }
    }
    return out;
  }

  /** 1 inside the central square of half-width {@code margin}, 0 outside (all 1 if not 28x28). */
  static double[] mask(int n, int margin) {
    double[] m = new double[n];
    for (int k = 0; k < n; k++) {
      int r = k / SIDE;
      int c = k % SIDE;
      boolean in = n != SIDE * SIDE
          || (r >= SIDE / 2 - margin && r < SIDE / 2 + margin && c >= SIDE / 2 - margin
              && c < SIDE / 2 + margin);
      m[k] = in ? 1.0 : 0.0;
    }
    return m;
  }

  /** A separable Gaussian blur of a 28x28 image (edges: the kernel is renormalised). */
  static double[] blur(double[] x, double sigma) {
    int r = Math.max(1, (int) Math.ceil(2.5 * sigma));
    double[] kernel = new double[2 * r + 1];
    for (int i = -r; i <= r; i++) {
      kernel[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
    }
    double[] tmp = new double[x.length];
    double[] out = new double[x.length];
    for (int pass = 0; pass < 2; pass++) {
      double[] src = pass == 0 ? x : tmp;
      double[] dst = pass == 0 ? tmp : out;
      for (int row = 0; row < SIDE; row++) {
        for (int col = 0; col < SIDE; col++) {
          double sum = 0;
          double wsum = 0;
          for (int i = -r; i <= r; i++) {
            int rr = pass == 0 ? row : row + i;
            int cc = pass == 0 ? col + i : col;
            if (rr >= 0 && rr < SIDE && cc >= 0 && cc < SIDE) {
              sum += kernel[i + r] * src[rr * SIDE + cc];
              wsum += kernel[i + r];
            }
          }
          dst[row * SIDE + col] = sum / wsum;
        }
      }
    }
    return out;
  }
}
