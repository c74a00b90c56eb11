package dev.glassbox.trace.explain;

import dev.glassbox.network.Activation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson mode's words: for each step, one to three sentences of why (what the quantity means, why
 * it is computed now, what to look at), filled in with this image's numbers from the trace. The
 * one place these sentences live: the window, {@code lesson --text} and the generated tutorial
 * read them here.
 */
public final class Lesson {
  private Lesson() {}

  /**
   * The sentences for {@code s}. {@code pin} is the neuron the stepper has pinned ({layer, neuron}
   * in code numbering) or null; the backward steps talk about it.
   */
  public static List<String> sentences(Step s, int[] pin) {
    Trace t = s.trace();
    int l = s.layer();
    int b = s.bookLayer();
    boolean output = l == t.outputLayer();
    List<String> out = new ArrayList<>();
    // a switch expression: a new kind of step must say its sentences here
    Runnable step = switch (s.kind()) {
      case INPUT -> () -> input(t, out);
      case WEIGHTED_INPUT -> () -> weightedInput(t, l, b, output, out);
      case ACTIVATION -> () -> activation(t, l, b, output, out);
      case COST -> () -> cost(t, out);
      case OUTPUT_ERROR -> () -> outputError(t, l, out);
      case BACKPROP_DELTA -> () -> hiddenError(t, l, b, pin, out);
      case BIAS_GRADIENT -> () -> biasGradient(t, l, b, out);
      case WEIGHT_GRADIENT -> () -> weightGradient(t, l, b, out);
      case UPDATE -> () -> update(t, l, b, s, out);
    };
    step.run();
    if (!s.wholeLayer() && s.phase() == Phase.FORWARD && out.size() > 1) {
      // one neuron's step: its own number instead of the layer's summary
      int j = s.neuron();
      out.set(out.size() - 1, "This step is neuron " + j + " of layer " + b + ": " + (s.kind() == StepKind.ACTIVATION
          ? sym("a", b, j) + " = " + num(t.a(l, j)) : sym("z", b, j) + " = " + num(t.z(l, j))) + ".");
    }
    return out;
  }

  private static void input(Trace t, List<String> out) {
    int ink = 0;
    for (double v : t.x()) {
      ink += v != 0 ? 1 : 0;
    }
    out.add("The image enters the network as " + t.size(0) + " numbers, one per pixel, from 0 (black) to 1"
        + " (white): a¹ = x. " + ink + " of them carry ink.");
    out.add("The label says this is a " + t.label() + "; the network does not know that yet."
        + " Step on to watch it compute its answer, layer by layer.");
  }

  private static void weightedInput(Trace t, int l, int b, boolean output, List<String> out) {
    int top = argmax(t.z(l));
    out.add("Each neuron of layer " + b + " adds up the activations of layer " + (b - 1) + ", each times the"
        + " weight of its edge, and adds its bias: " + sym("z", b, null) + " = " + sym("w", b, null)
        + sym("a", b - 1, null) + " + " + sym("b", b, null) + ". The thick edges carry the largest"
        + " contributions w·a, orange where they push z up, blue where they pull it down.");
    if (output) {
      out.add("The largest is " + sym("z", b, top) + " = " + num(t.z(l, top)) + "; the right answer's is "
          + sym("z", b, t.label()) + " = " + num(t.z(l, t.label())) + ".");
    } else {
      out.add("Here the largest is " + sym("z", b, top) + " = " + num(t.z(l, top)) + ".");
    }
  }

  private static void activation(Trace t, int l, int b, boolean output, List<String> out) {
    Activation f = t.activationFunction(l);
    out.add(f.meaning());
    double[] a = t.a(l);
    if (output) {
      int p = t.predicted();
      out.add("These activations are the network's answer: it says " + p + " (" + sym("a", b, p) + " = "
          + num(a[p]) + ")" + (p == t.label() ? ", which is right." : "; the right answer, " + t.label()
          + ", gets " + sym("a", b, t.label()) + " = " + num(a[t.label()]) + "."));
    } else {
      int on = 0;
      for (double v : a) {
        on += v > 0.5 ? 1 : 0;
      }
      out.add(on + " of the " + a.length + " neurons of layer " + b + " have a > 0.5: they are the"
          + " bright ones.");
      if (t.masked(l)) {
        out.add("Dropout (P = " + Value.exact(t.dropoutP()).text() + ") switched off " + t.droppedCount(l) + " of them for this"
            + " training step, the crossed-out ones: their a is 0 whatever z is. The kept ones are multiplied"
            + " by 1/(1-P), so the next layer gets about the input it gets without dropout.");
      }
    }
  }

  private static void cost(Trace t, List<String> out) {
    String how = t.costFunction().meaning();
    out.add("The cost says how wrong the answer is: C = " + num(t.cost()) + ", " + how + ".");
    out.add("Learning means lowering C. Backpropagation now asks, for every weight and bias: if it"
        + " changed a little, how much would C change?");
  }

  private static void outputError(Trace t, int l, List<String> out) {
    int b = l + 1;
    out.add(sym("δ", b, null) + " = ∂C/∂" + sym("z", b, null) + " is the error of each output neuron: how much"
        + " the cost would change per unit change of its weighted input z.");
    out.add(signSentence(t, l, t.label(), "the right answer"));
    if (t.predicted() != t.label()) {
      out.add(signSentence(t, l, t.predicted(), "the wrong answer the network gave"));
    }
  }

  private static void hiddenError(Trace t, int l, int b, int[] pin, List<String> out) {
    out.add("A hidden neuron has no target of its own: its error comes from layer " + (b + 1) + ", each "
        + sym("δ", b + 1, null) + " sent back along the weights, summed, and scaled by σ'(z), how much"
        + " the neuron's a responds to its z.");
    int j = pin != null && pin[0] == l ? pin[1] : argmaxAbs(t.delta(l));
    // the stepper pins the largest |δ| by itself; a neuron the learner pinned is named as such
    String which = j == argmaxAbs(t.delta(l)) ? "The pinned neuron " + j + " has the largest |δ| of its layer. "
        : "Neuron " + j + ", the one you pinned: ";
    out.add(which + signSentence(t, l, j, null));
    if (t.masked(l)) {
      out.add("The mask multiplies δ too: the " + t.droppedCount(l) + " dropped neurons get δ = 0, so their"
          + " bias and incoming weights get no gradient from this image.");
    }
  }

  private static void biasGradient(Trace t, int l, int b, List<String> out) {
    int j = argmaxAbs(t.nablaB(l));
    out.add("A bias adds straight into z, so ∂C/∂b = δ: the bias gradients of layer " + b + " are its errors.");
    out.add("The largest is ∂C/∂" + sym("b", b, j) + " = " + num(t.nablaB(l, j)) + ", for neuron " + j + ".");
  }

  private static void weightGradient(Trace t, int l, int b, List<String> out) {
    out.add("∂C/∂" + sym("w", b, "jk") + " = " + sym("a", b - 1, "k") + sym("δ", b, "j") + ": a weight matters"
        + " in proportion to the activation it carries. An edge from a neuron with a ≈ 0 gets almost no"
        + " gradient, however large the error.");
    if (l == 1) {
      int zero = 0;
      for (double v : t.x()) {
        zero += v == 0 ? 1 : 0;
      }
      out.add(zero + " of the " + t.size(0) + " pixels are 0, so their weights get no gradient at all from"
          + " this image: only the inked pixels learn.");
    }
  }

  private static void update(Trace t, int l, int b, Step s, List<String> out) {
    out.add("Gradient descent moves every weight and bias a small step against its gradient: w' = w - (η/m)"
        + " ∂C/∂w, with η = " + num(t.eta()) + " and m = 1, this one image.");
    if (l == t.outputLayer()) {
      double after = t.costAfter();
      out.add("Did it help? The same image, run again through the updated weights: C = " + num(t.cost()) + " → "
          + num(after) + (after < t.cost() ? ", lower. One image, one step: this is how the network learns."
          : ", not lower: the step was too long for this image (η too large)."));
      out.add("Press → to see the answer before and after, r to take another step on this image, z to reset.");
    } else {
      out.add("Layer " + b + " changes now; the layer after it changes on the next step.");
    }
  }

  // "δ³₅ = -0.0115 is negative: raising z³₅ would lower the cost, so ..."
  private static String signSentence(Trace t, int l, int j, String who) {
    int b = l + 1;
    double d = t.delta(l, j);
    String named = sym("δ", b, j) + " = " + num(d) + (who == null ? "" : " (" + who + ")");
    if (d == 0) {
      return named + " is 0: changing " + sym("z", b, j) + " would not change the cost.";
    }
    return named + " is " + (d < 0 ? "negative: raising " : "positive: lowering ") + sym("z", b, j)
        + " would lower the cost, so the update will " + (d < 0 ? "raise" : "lower") + " the weights into it"
        + " from active neurons, and its bias.";
  }

  private static String sym(String base, int layer, Object index) {
    return Expr.sym(base, Integer.toString(layer), index == null ? null : index.toString()).text();
  }

  private static String num(double v) {
    return Value.of(v).text();
  }

  private static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      best = v[i] > v[best] ? i : best;
    }
    return best;
  }

  private static int argmaxAbs(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      best = Math.abs(v[i]) > Math.abs(v[best]) ? i : best;
    }
    return best;
  }
}
