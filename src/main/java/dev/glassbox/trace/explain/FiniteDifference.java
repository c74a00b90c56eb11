package dev.glassbox.trace.explain;

import dev.glassbox.network.Backprop;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;
import dev.glassbox.trace.Trace;

/**
 * The "check it" of the stepper: ∂C/∂w ≈ (C(w + ε) - C(w - ε)) / 2ε for one weight or bias,
 * computed on a copy of the traced network with the same feedforward and cost code, next to the
 * backprop value of the trace.
 */
public final class FiniteDifference {
  /** The default ε: small enough for an O(ε²) truncation error, large enough against round-off. */
  public static final double EPSILON = 1e-5;

  private FiniteDifference() {}

  /** The two estimates of one derivative. */
  public record Check(String parameter, double backprop, double numeric, double epsilon) {
    /** |backprop - numeric| / (|backprop| + |numeric|), 0 when both are 0. */
    public double relativeError() {
      double scale = Math.abs(backprop) + Math.abs(numeric);
      return scale == 0 ? 0 : Math.abs(backprop - numeric) / scale;
    }

    /**
     * Whether the gradient is large enough for a central difference to measure: below
     * {@link #RESOLUTION} its round-off (about 1e-16 · C / ε) is as large as the gradient itself,
     * and a relative error says nothing.
     */
    public boolean resolvable() {
      return Math.max(Math.abs(backprop), Math.abs(numeric)) > RESOLUTION;
    }
  }

  /** Gradients below this are under a central difference's round-off with ε = 1e-5. */
  public static final double RESOLUTION = 1e-9;

  /** Checks ∂C/∂w^l_{jk} (code layer numbering) with ε = {@link #EPSILON}. */
  public static Check weight(Trace t, int l, int j, int k) {
    return weight(t, l, j, k, EPSILON);
  }

  /** Checks ∂C/∂w^l_{jk} with the given ε. */
  public static Check weight(Trace t, int l, int j, int k, double eps) {
    Network net = t.networkBefore();
    Inputs in = Inputs.single(t.a(0), t.label());
    double w = net.weight(l, j, k);
    net.setWeight(l, j, k, w + eps);
    double plus = cost(net, in);
    net.setWeight(l, j, k, w - eps);
    double minus = cost(net, in);
    String name = Symbols.weight(l + 1, Integer.toString(j), Integer.toString(k)).text();
    return new Check(name, t.nablaW(l, j, k), (plus - minus) / (2 * eps), eps);
  }

  /** Checks ∂C/∂b^l_j with ε = {@link #EPSILON}. */
  public static Check bias(Trace t, int l, int j) {
    return bias(t, l, j, EPSILON);
  }

  /** Checks ∂C/∂b^l_j with the given ε. */
  public static Check bias(Trace t, int l, int j, double eps) {
    Network net = t.networkBefore();
    Inputs in = Inputs.single(t.a(0), t.label());
    double b = net.bias(l, j);
    net.setBias(l, j, b + eps);
    double plus = cost(net, in);
    net.setBias(l, j, b - eps);
    double minus = cost(net, in);
    String name = Symbols.bias(l + 1, Integer.toString(j)).text();
    return new Check(name, t.nablaB(l, j), (plus - minus) / (2 * eps), eps);
  }

  // C of the single sample, by the training code's feedforward and cost
  private static double cost(Network net, Inputs in) {
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(in, 0);
    Backprop.feedforward(net, ws, 0, 1);
    return Backprop.cost(net, ws, 0);
  }
}
