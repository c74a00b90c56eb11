package dev.glassbox.tutorial;

import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Num;
import java.util.Arrays;

/**
 * Placeholders for single numbers of a {@link Trace}, layers in the book's numbering (input = 1),
 * every number formatted as the stepper formats it ({@link Num}).
 *
 * <ul>
 *   <li>{@code image}, {@code label}, {@code predicted}, {@code cost}, {@code eta}, {@code lambda},
 *       {@code sizes}, {@code size:L} (neurons in layer L), {@code params} (weights and biases), {@code nonzero} (pixels that are not 0)
 *   <li>{@code x:K}; {@code z:L:J}, {@code a:L:J}, {@code d:L:J} (δ), {@code sp:L:J} (σ'(z))
 *   <li>{@code w:L:J:K}, {@code b:L:J} before the update; {@code w+:L:J:K}, {@code b+:L:J} after;
 *       {@code dw:L:J:K} (∂C/∂w)
 *   <li>{@code err:J}: a^L_J - y_J; {@code back:L:J}: Σ_k w^{L+1}_{kJ} δ^{L+1}_k
 *   <li>{@code pick:hidden} (the hidden neuron with the largest |δ|), {@code pick:hidden2} (the
 *       other hidden neuron pushing hardest on z^L_y), {@code pick:runnerUp} (the second largest
 *       output), {@code pick:term:L:J:R} (k of the R-th largest |w_Jk a_k| in z^L_J)
 *   <li>{@code terms:L:J:N}: a Markdown table of the N largest terms of z^L_J;
 *       {@code backterms:L:J}: a Markdown table of the terms of BP2's sum for δ^L_J
 * </ul>
 */
public final class TraceNumbers implements Values {
  private final Trace t;
  private final ParameterView before;
  private final ParameterView after;

  /** Numbers of {@code trace}. */
  public TraceNumbers(Trace trace) {
    this.t = trace;
    this.before = trace.before();
    this.after = trace.after();
  }

  private static final java.util.Set<String> KEYS = java.util.Set.of("image", "label", "predicted",
      "cost", "eta", "lambda", "sizes", "size", "params", "nonzero", "x", "z", "a", "d", "sp", "w", "b", "w+",
      "b+", "dw", "err", "back", "pick", "terms", "backterms");

  @Override
  public String get(String key) {
    String[] p = key.split(":");
    if (!KEYS.contains(p[0])) {
      return null;
    }
    int[] i = new int[p.length];
    for (int n = 1; n < p.length; n++) {
      i[n] = p[0].equals("pick") ? 0 : parse(p[n], key);
    }
    switch (p[0]) {
      case "image":
        return Integer.toString(t.sampleIndex());
      case "label":
        return Integer.toString(t.label());
      case "predicted":
        return Integer.toString(t.predicted());
      case "cost":
        return Num.format(t.cost());
      case "eta":
        return Num.format(t.eta());
      case "lambda":
        return Num.format(t.lambda());
      case "sizes":
        return String.join(",", Arrays.stream(t.sizes()).mapToObj(Integer::toString).toList());
      case "size":
        return Integer.toString(t.size(i[1] - 1));
      case "params":
        return String.format(java.util.Locale.ROOT, "%,d", params());
      case "nonzero":
        return Long.toString(Arrays.stream(t.x()).filter(v -> v != 0).count());
      case "x":
        return Num.format(t.a(0, i[1]));
      case "z":
        return Num.format(t.z(i[1] - 1, i[2]));
      case "a":
        return Num.format(t.a(i[1] - 1, i[2]));
      case "d":
        return Num.format(t.delta(i[1] - 1, i[2]));
      case "sp":
        return Num.format(sigmaPrime(i[1] - 1, i[2]));
      case "w":
        return Num.format(before.weight(i[1] - 1, i[2], i[3]));
      case "b":
        return Num.format(before.bias(i[1] - 1, i[2]));
      case "w+":
        return Num.format(after.weight(i[1] - 1, i[2], i[3]));
      case "b+":
        return Num.format(after.bias(i[1] - 1, i[2]));
      case "dw":
        return Num.format(t.nablaW(i[1] - 1, i[2], i[3]));
      case "err":
        return Num.format(t.a(t.outputLayer(), i[1]) - (i[1] == t.label() ? 1 : 0));
      case "back":
        return Num.format(back(i[1] - 1, i[2]));
      case "pick":
        return pick(p, key);
      case "terms":
        return SumTables.forward(t, i[1] - 1, i[2], i[3]);
      case "backterms":
        return SumTables.backward(t, i[1] - 1, i[2]);
      default:
        return null;
    }
  }

  private static int parse(String s, String key) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("{{" + key + "}}: \"" + s + "\" is not a number");
    }
  }

  /** Weights and biases of the network. */
  long params() {
    long n = 0;
    for (int l = 1; l < t.layers(); l++) {
      n += (long) t.size(l) * (t.size(l - 1) + 1);
    }
    return n;
  }

  /** σ'(z^l_j) from the recorded z and a (code layer l). */
  double sigmaPrime(int l, int j) {
    return t.activationFunction(l).derivative(t.z(l, j), t.a(l, j));
  }

  /** Σ_k w^{l+1}_{kj} δ^{l+1}_k (code layer l): what BP2 multiplies by σ'(z^l_j). */
  double back(int l, int j) {
    double s = 0;
    for (int k = 0; k < t.size(l + 1); k++) {
      s += before.weight(l + 1, k, j) * t.delta(l + 1, k);
    }
    return s;
  }

  private String pick(String[] p, String key) {
    switch (p.length > 1 ? p[1] : "") {
      case "hidden":
        return Integer.toString(Picks.mostBlamedHidden(t));
      case "hidden2":
        return Integer.toString(Picks.strongestOtherVoter(t, Picks.mostBlamedHidden(t)));
      case "runnerUp":
        return Integer.toString(Picks.runnerUp(t));
      case "term":
        return Integer.toString(Picks.term(t, parse(p[2], key) - 1, parse(p[3], key), parse(p[4], key)));
      default:
        throw new IllegalArgumentException("{{" + key + "}}: ask for pick:hidden, pick:hidden2,"
            + " pick:runnerUp or pick:term:L:J:R");
    }
  }
}
