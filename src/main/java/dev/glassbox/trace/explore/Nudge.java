package dev.glassbox.trace.explore;

import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.notation.Expr;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Symbols;

/**
 * "Nudge a number": one weight w^l_{jk}, bias b^l_j or input pixel x_k of a traced image changed by
 * Δp, the image traced again through the changed network by the training code ({@link
 * Trace#record}), and the actual change of the cost ΔC = C(p + Δp) - C(p) set beside backprop's
 * first-order prediction ∂C/∂p · Δp, whose ∂C/∂p is the original trace's (BP3, BP4, or ∂C/∂x). For
 * a small Δp the two agree (their ratio tends to 1); for a large one they part, by as much as C
 * curves. Nothing here changes the traced network or any file.
 */
public final class Nudge {
  /** Units in the last place of C that the actual ΔC may be off by (see {@link Result#roundOff}). */
  public static final int ROUND_OFF_ULPS = 4;

  private Nudge() {}

  /** What kind of number is nudged. */
  public enum Kind {
    /** A weight w^l_{jk}. */
    WEIGHT("weight"),
    /** A bias b^l_j. */
    BIAS("bias"),
    /** An input pixel x_k (the book's a^1_k). */
    PIXEL("pixel");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** The word for it ("weight"). */
    public String word() {
      return word;
    }

    /** The next kind, in the order weight, bias, pixel, weight. */
    public Kind next() {
      return values()[(ordinal() + 1) % values().length];
    }
  }

  /**
   * The number nudged: a weight of layer {@code layer} (code numbering, ≥ 1) from neuron k of the
   * layer before into neuron j; a bias of neuron j of {@code layer}; or pixel k (layer 0, j = -1).
   */
  public record Target(Kind kind, int layer, int j, int k) {
    /** w^l_{jk} (code layer l ≥ 1, the book's l + 1). */
    public static Target weight(int l, int j, int k) {
      return new Target(Kind.WEIGHT, l, j, k);
    }

    /** b^l_j (code layer l ≥ 1). */
    public static Target bias(int l, int j) {
      return new Target(Kind.BIAS, l, j, -1);
    }

    /** Input pixel x_k. */
    public static Target pixel(int k) {
      return new Target(Kind.PIXEL, 0, -1, k);
    }

    /**
     * Null when the indices fit a network of {@code sizes}, else what is wrong, with the valid
     * range in the book's layer numbering.
     */
    public String problem(int[] sizes) {
      int layers = sizes.length;
      return switch (kind) {
        case PIXEL -> k < 0 || k >= sizes[0] ? "pixel " + k + " is outside 0.." + (sizes[0] - 1) : null;
        case BIAS, WEIGHT -> {
          if (layer < 1 || layer >= layers) {
            yield "layer " + (layer + 1) + " is outside 2.." + layers + " (the book's numbering: 1 is the input)";
          }
          if (j < 0 || j >= sizes[layer]) {
            yield "neuron " + j + " is outside 0.." + (sizes[layer] - 1) + " (layer " + (layer + 1) + ")";
          }
          if (kind == Kind.WEIGHT && (k < 0 || k >= sizes[layer - 1])) {
            yield "input neuron " + k + " is outside 0.." + (sizes[layer - 1] - 1) + " (layer " + layer + ")";
          }
          yield null;
        }
      };
    }

    /** Its value in {@code t}: the parameter before the update, or the pixel of the image. */
    public double valueIn(Trace t) {
      return switch (kind) {
        case WEIGHT -> t.before().weight(layer, j, k);
        case BIAS -> t.before().bias(layer, j);
        case PIXEL -> t.a(0, k);
      };
    }

    /** ∂C/∂p as {@code t}'s backward pass computed it: BP4, BP3 or ∂C/∂x. */
    public double gradientIn(Trace t) {
      return switch (kind) {
        case WEIGHT -> t.nablaW(layer, j, k);
        case BIAS -> t.nablaB(layer, j);
        case PIXEL -> t.inputGradient(k);
      };
    }

    /** The symbol in the book's notation: w^2_{3,425}, b^3_7 or x_{425}. */
    public Expr symbol() {
      return primed("");
    }

    /** The symbol with a prime, for the nudged value: w'^2_{3,425}. */
    public Expr primedSymbol() {
      return primed("'");
    }

    private Expr primed(String prime) {
      String b = Integer.toString(layer + 1);
      return switch (kind) {
        case WEIGHT -> Expr.sym("w" + prime, b, Symbols.pair(Integer.toString(j), Integer.toString(k)));
        case BIAS -> Expr.sym("b" + prime, b, Integer.toString(j));
        case PIXEL -> Expr.sym("x" + prime, null, Integer.toString(k));
      };
    }

    /** Where it sits, in words and the book's numbering: "the weight into neuron 2 of layer 2 from pixel 425". */
    public String describe() {
      return switch (kind) {
        case WEIGHT -> "the weight into neuron " + j + " of layer " + (layer + 1) + " from "
            + (layer == 1 ? "pixel " + k : "neuron " + k + " of layer " + layer);
        case BIAS -> "the bias of neuron " + j + " of layer " + (layer + 1);
        case PIXEL -> "pixel " + k + " of the input image";
      };
    }
  }

  /**
   * One nudge of {@code target} from {@code before} to {@code after}, with the gradient of the
   * original trace and the cost C before, and the whole trace of the nudged network.
   */
  public record Result(Target target, double before, double after, double gradient, double costBefore,
      Trace nudged) {
    /** Δp = p' - p: the change the network actually sees. */
    public double delta() {
      return after - before;
    }

    /** C' = C(p + Δp): the nudged network's cost, from its own forward pass. */
    public double cost() {
      return nudged.cost();
    }

    /** The actual ΔC = C' - C. */
    public double actualChange() {
      return nudged.cost() - costBefore;
    }

    /** ∂C/∂p at the nudged value: the nudged trace's own backward pass (it differs as C curves). */
    public double gradientAfter() {
      return target.gradientIn(nudged);
    }

    /** Backprop's prediction ∂C/∂p · Δp. */
    public double predictedChange() {
      return gradient * delta();
    }

    /**
     * How far the actual ΔC may be off by the rounding of doubles: C and C' are each good to about
     * a unit in their last place, so their difference to a few ({@value #ROUND_OFF_ULPS} ulp of C).
     * A nudge whose ΔC is not well above this measures the rounding, not the slope.
     */
    public double roundOff() {
      return ROUND_OFF_ULPS * Math.ulp(Math.max(Math.abs(costBefore), Math.abs(nudged.cost())));
    }

    /** actual / predicted ΔC: near 1 for a small nudge; NaN when the prediction is 0. */
    public double ratio() {
      double p = predictedChange();
      return p == 0 ? Double.NaN : actualChange() / p;
    }
  }

  /** {@code target} of {@code t} changed by {@code by}: p' = p + Δp. */
  public static Result by(Trace t, Target target, double by) {
    check(t, target);
    return to(t, target, target.valueIn(t) + by);
  }

  /**
   * {@code target} of {@code t} set to {@code value}, and the image traced again by {@link
   * Trace#record} through a copy of the network with that one number changed (same η, λ, μ, n).
   *
   * @throws IllegalArgumentException when the target does not fit the network, or the value is not finite
   */
  public static Result to(Trace t, Target target, double value) {
    check(t, target);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a nudge needs a finite value, got " + value);
    }
    Network net = t.networkBefore();
    double[] x = t.x();
    Inputs in = switch (target.kind()) {
      case WEIGHT -> {
        net.setWeight(target.layer(), target.j(), target.k(), value);
        yield Inputs.single(x, t.label());
      }
      case BIAS -> {
        net.setBias(target.layer(), target.j(), value);
        yield Inputs.single(x, t.label());
      }
      case PIXEL -> {
        x[target.k()] = value;
        yield Inputs.single(x, t.label());
      }
    };
    Trace nudged = Trace.record(net, in, 0, t.eta(), t.lambda(), t.momentum(), t.trainingSetSize()).withSampleIndex(t.sampleIndex());
    return new Result(target, target.valueIn(t), value, target.gradientIn(t), t.cost(), nudged);
  }

  private static void check(Trace t, Target target) {
    String problem = target.problem(t.sizes());
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }
}
