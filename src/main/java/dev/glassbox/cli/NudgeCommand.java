package dev.glassbox.cli;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Formula;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explore.Nudge;
import dev.glassbox.trace.explore.NudgeText;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox nudge}: one weight, bias or pixel changed by Δ; the actual ΔC of the image
 * traced again beside backprop's ∂C/∂p · Δp, and a table of ever smaller nudges whose ratio
 * tends to 1 ({@link Nudge}, {@link NudgeText}).
 */
@Command(
    name = "nudge",
    mixinStandardHelpOptions = true,
    header = "Nudge one weight, bias or pixel and compare the actual ΔC with backprop's prediction.",
    description = "Change one number of the network for one test image by D: a weight (--weight), a bias"
        + " (--bias) or an input pixel (--pixel). The image goes through the changed network again (the"
        + " training code's own forward pass), and the actual change of the cost ΔC is printed beside"
        + " backprop's prediction ∂C/∂p · Δp, the gradient of the traced backward pass times the nudge. A"
        + " table of smaller nudges D/10, D/100, ... shows their ratio tend to 1: the derivative is what C"
        + " does for small nudges. The model file is not changed.")
final class NudgeCommand extends Subcommand {
  /** Rows of the table: D, D/10, ..., D/10^(ROWS-1). */
  static final int ROWS = 6;

  @Mixin ImageSource img;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--weight", paramLabel = "L:J:K",
        description = "The weight w^L_JK into neuron J of layer L from neuron K of layer L-1, in the book's"
            + " numbering (1 is the input: --weight 2:J:K comes from pixel K).")
    String weight;

    @Option(names = "--bias", paramLabel = "L:J", description = "The bias b^L_J of neuron J of layer L (L ≥ 2).")
    String bias;

    @Option(names = "--pixel", paramLabel = "K", description = "Input pixel x_K (0-783, row by row).")
    Integer pixel;
  }

  @Option(names = "--by", paramLabel = "D", defaultValue = "0.1",
      description = "The nudge Δ added to the number (default: ${DEFAULT-VALUE}).")
  double by;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    PrintWriter err = err();
    if (!Double.isFinite(by)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--by must be a finite number, got " + by);
    }
    TraceSetup.Traced traced = TraceSetup.load(img.model, img.data.path(), img.image, null, new DataTestImages(), err);
    Trace t = traced.trace();
    Nudge.Target target = target(t.sizes());
    Nudge.Result r = Nudge.by(t, target, by);
    out.println(traced.title() + " · predicted " + t.predicted() + (t.predicted() == t.label() ? " ✓" : " ✗")
        + " · " + traced.modelNote());
    out.println("nudge " + target.symbol().text() + ", " + target.describe() + ", by " + Value.of(by).text()
        + outsideInk(r));
    out.println();
    comparison(out, NudgeText.of(r));
    out.println();
    moved(out, t, r);
    out.println();
    table(out, t, target);
    out.flush();
    return 0;
  }

  private Nudge.Target target(int[] sizes) {
    var cl = spec.commandLine();
    if (what.weight != null) {
      int[] v = BookIndex.weight(cl, "--weight", what.weight, sizes);
      return Nudge.Target.weight(v[0], v[1], v[2]);
    }
    if (what.bias != null) {
      int[] v = BookIndex.neuron(cl, "--bias", what.bias, sizes);
      return Nudge.Target.bias(v[0], v[1]);
    }
    return Nudge.Target.pixel(BookIndex.pixel(cl, "--pixel", what.pixel, sizes));
  }

  // pixels hold ink between 0 and 1; the network computes any value all the same
  private static String outsideInk(Nudge.Result r) {
    boolean outside = r.target().kind() == Nudge.Kind.PIXEL && (r.after() < 0 || r.after() > 1);
    return outside ? " (the new value " + Value.of(r.after()).text() + " is outside 0..1, the range of ink)" : "";
  }

  // the equations, each with its caption, then the verdict
  private static void comparison(PrintWriter out, NudgeText.Comparison c) {
    List<Equation> lines = c.lines();
    int width = 0;
    for (Equation e : lines) {
      width = Math.max(width, e.text().length());
    }
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      out.println("  " + text + " ".repeat(width - text.length() + 3) + c.captions().get(i));
    }
    out.println(c.verdict());
  }

  // the nudged neuron's z and a, and the answer, before and after
  private static void moved(PrintWriter out, Trace t, Nudge.Result r) {
    Trace n = r.nudged();
    Nudge.Target p = r.target();
    if (p.kind() != Nudge.Kind.PIXEL) {
      int l = p.layer();
      int j = p.j();
      String b = Integer.toString(l + 1);
      String sj = Integer.toString(j);
      out.println("neuron " + j + " of layer " + b + ": " + Expr.sym("z", b, sj).text() + " " + arrow(t.z(l, j), n.z(l, j))
          + ", " + Expr.sym("a", b, sj).text() + " " + arrow(t.a(l, j), n.a(l, j)));
    }
    int last = t.outputLayer();
    int y = t.label();
    out.println("the answer: " + t.predicted() + " → " + n.predicted() + "; the target's output "
        + Expr.sym("a", Integer.toString(last + 1), Integer.toString(y)).text() + " " + arrow(t.a(last, y), n.a(last, y)));
  }

  private static String arrow(double before, double after) {
    return Value.of(before).text() + " → " + Value.of(after).text();
  }

  // D, D/10, ...: actual and predicted ΔC with their ratio, digits enough for the ratio to check,
  // and how much of the ratio the rounding of C and C' could be
  private void table(PrintWriter out, Trace t, Nudge.Target target) {
    String dp = "Δ" + target.symbol().text();
    String grad = Expr.partial(Expr.sym("C"), target.symbol()).text();
    out.println("Smaller nudges: actual / predicted tends to 1 (the gap shrinks like Δ², by the curvature of C)");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {dp, "actual ΔC", "predicted " + grad + " " + dp, "actual / predicted", "± round-off"});
    String drowned = null;
    for (int i = 0; i < ROWS; i++) {
      double d = BigDecimal.valueOf(by).movePointLeft(i).doubleValue();
      Nudge.Result r = Nudge.by(t, target, d);
      rows.add(row(r, d));
      if (drowned == null && r.predictedChange() != 0 && r.roundOff() > Math.abs(r.actualChange() - r.predictedChange())) {
        drowned = Value.format(d, 4);
      }
    }
    int[] w = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < w.length; c++) {
        w[c] = Math.max(w[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < w.length; c++) {
        sb.append(" ".repeat(w[c] - row[c].length() + 2)).append(row[c]);
      }
      out.println(sb);
    }
    if (drowned != null) {
      out.println("From " + dp + " = " + drowned + " on, the gap is within the rounding of doubles (± round-off, "
          + Nudge.ROUND_OFF_ULPS + " units in the last place of C): C' - C shows C's last bits, not its slope.");
    }
  }

  private static String[] row(Nudge.Result r, double d) {
    Value actual = Value.of(r.actualChange());
    Value predicted = Value.of(r.predictedChange());
    if (r.predictedChange() == 0) {
      return new String[] {Value.format(d, 4), actual.text(), predicted.text(), "no prediction", ""};
    }
    Value ratio = Value.of(r.ratio(), ratioDigits(r.ratio()));
    // raises the digits of actual and predicted until their quotient shows the ratio
    Formula.of(Equation.of(Expr.frac(actual, predicted), ratio));
    String roundOff = Value.format(r.roundOff() / Math.abs(r.predictedChange()), 1);
    return new String[] {Value.format(d, 4), actual.text(), predicted.text(), ratio.text(), roundOff};
  }

  // two significant digits of how far the ratio is from 1 (0.9780, 0.999780)
  static int ratioDigits(double ratio) {
    double off = Math.abs(1 - ratio);
    if (off == 0 || !Double.isFinite(off)) {
      return Value.DEFAULT_DIGITS;
    }
    return (int) Math.max(Value.DEFAULT_DIGITS, Math.min(12, 2 + Math.ceil(-Math.log10(off))));
  }
}
