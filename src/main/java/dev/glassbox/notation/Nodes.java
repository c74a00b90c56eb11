package dev.glassbox.notation;

import java.util.List;
import java.util.Map;

/** The kinds of {@link Expr}: symbols, operations, groups, functions, sums, vectors and words. */
final class Nodes {
  private Nodes() {}

  // Greek letters and marks as LaTeX
  private static final Map<String, String> LATEX = Map.ofEntries(
      Map.entry("δ", "\\delta"), Map.entry("σ", "\\sigma"), Map.entry("η", "\\eta"),
      Map.entry("λ", "\\lambda"), Map.entry("μ", "\\mu"), Map.entry("ε", "\\varepsilon"),
      Map.entry("Δ", "\\Delta"), Map.entry("∇", "\\nabla"), Map.entry("σ'", "\\sigma'"),
      Map.entry("y", "y"), Map.entry("v", "v"));

  static String latexName(String base) {
    String l = LATEX.get(base);
    if (l != null) {
      return l;
    }
    if (base.length() > 1 && base.chars().allMatch(Character::isLetter)) {
      return "\\mathrm{" + base + "}";
    }
    return base;
  }

  /** A symbol such as w^3_{2,9}; sup and sub may be null. */
  record Sym(String base, String sup, String sub) implements Expr {
    @Override
    public double[] eval() {
      return null;
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append(latexName(base));
      if (sup != null) {
        sb.append("^{").append(sup).append('}');
      }
      if (sub != null) {
        sb.append("_{").append(sub).append('}');
      }
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append(base);
      if (sup != null) {
        sb.append(Script.sup(sup));
      }
      if (sub != null) {
        sb.append(Script.sub(sub));
      }
    }

    @Override
    public void values(List<Value> out) {}
  }

  /** ∂of/∂wrt. */
  record Partial(Expr of, Expr wrt) implements Expr {
    @Override
    public double[] eval() {
      return null;
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append("\\frac{\\partial ");
      of.latex(sb);
      sb.append("}{\\partial ");
      wrt.latex(sb);
      sb.append('}');
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append('∂');
      of.text(sb);
      sb.append("/∂");
      wrt.text(sb);
    }

    @Override
    public void values(List<Value> out) {}
  }

  /** The binary operations, with their signs. */
  enum Operator {
    PLUS(" + ", " + "),
    MINUS(" - ", " - "),
    TIMES(" × ", " \\times "),
    JUXTAPOSE(" ", "\\,"),
    HADAMARD(" ⊙ ", " \\odot ");

    final String text;
    final String latex;

    Operator(String text, String latex) {
      this.text = text;
      this.latex = latex;
    }

    double apply(double a, double b) {
      return switch (this) {
        case PLUS -> a + b;
        case MINUS -> a - b;
        case TIMES, JUXTAPOSE, HADAMARD -> a * b;
      };
    }
  }

  /** l op r; a right operand that starts with a minus sign is bracketed. */
  record Op(Expr left, Operator op, Expr right) implements Expr {
    @Override
    public double[] eval() {
      return combine(left.eval(), right.eval(), op);
    }

    @Override
    public void latex(StringBuilder sb) {
      left.latex(sb);
      sb.append(op.latex);
      if (right.negativeLeading()) {
        sb.append('(');
        right.latex(sb);
        sb.append(')');
      } else {
        right.latex(sb);
      }
    }

    @Override
    public void text(StringBuilder sb) {
      left.text(sb);
      sb.append(op.text);
      if (right.negativeLeading()) {
        sb.append('(');
        right.text(sb);
        sb.append(')');
      } else {
        right.text(sb);
      }
    }

    @Override
    public void values(List<Value> out) {
      left.values(out);
      right.values(out);
    }

    @Override
    public boolean negativeLeading() {
      return left.negativeLeading();
    }
  }

  static double[] combine(double[] a, double[] b, Operator op) {
    if (a == null || b == null) {
      return null;
    }
    if (a.length != b.length && a.length != 1 && b.length != 1) {
      throw new IllegalStateException("vectors of " + a.length + " and " + b.length + " entries");
    }
    int n = Math.max(a.length, b.length);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = op.apply(a[a.length == 1 ? 0 : i], b[b.length == 1 ? 0 : i]);
    }
    return r;
  }

  /** num / den. */
  record Frac(Expr num, Expr den) implements Expr {
    @Override
    public double[] eval() {
      double[] n = num.eval();
      double[] d = den.eval();
      if (n == null || d == null) {
        return null;
      }
      int len = Math.max(n.length, d.length);
      double[] r = new double[len];
      for (int i = 0; i < len; i++) {
        r[i] = n[n.length == 1 ? 0 : i] / d[d.length == 1 ? 0 : i];
      }
      return r;
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append("\\frac{");
      num.latex(sb);
      sb.append("}{");
      den.latex(sb);
      sb.append('}');
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append('(');
      wrapped(num, sb);
      sb.append('/');
      wrapped(den, sb);
      sb.append(')');
    }

    private static void wrapped(Expr e, StringBuilder sb) {
      boolean simple = e instanceof Value || e instanceof Sym || e instanceof Group || e instanceof Raw;
      if (!simple) {
        sb.append('(');
      }
      e.text(sb);
      if (!simple) {
        sb.append(')');
      }
    }

    @Override
    public void values(List<Value> out) {
      num.values(out);
      den.values(out);
    }
  }

  /** (inner) or [inner]. */
  record Group(Expr inner, boolean square) implements Expr {
    @Override
    public double[] eval() {
      return inner.eval();
    }

    @Override
    public void latex(StringBuilder sb) {
      // plain brackets, not \left \right: a long group may be broken across lines
      sb.append(square ? "[" : "(");
      inner.latex(sb);
      sb.append(square ? "]" : ")");
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append(square ? '[' : '(');
      inner.text(sb);
      sb.append(square ? ']' : ')');
    }

    @Override
    public void values(List<Value> out) {
      inner.values(out);
    }
  }

  /** fn(arg), entry-wise on a vector; exp is set as e^{arg}. */
  record Call(Fn fn, Expr arg) implements Expr {
    @Override
    public double[] eval() {
      double[] x = arg.eval();
      if (x == null) {
        return null;
      }
      double[] r = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        r[i] = fn.apply(x[i]);
      }
      return r;
    }

    @Override
    public void latex(StringBuilder sb) {
      if (fn == Fn.EXP) {
        sb.append("e^{");
        arg.latex(sb);
        sb.append('}');
        return;
      }
      sb.append(fn.latex()).append('(');
      arg.latex(sb);
      sb.append(')');
    }

    @Override
    public void text(StringBuilder sb) {
      if (fn == Fn.EXP) {
        sb.append("e^(");
        arg.text(sb);
        sb.append(')');
        return;
      }
      sb.append(fn.text()).append('(');
      arg.text(sb);
      sb.append(')');
    }

    @Override
    public void values(List<Value> out) {
      arg.values(out);
    }
  }

  /** x². */
  record Square(Expr x) implements Expr {
    @Override
    public double[] eval() {
      double[] v = x.eval();
      return v == null ? null : combine(v, v, Operator.TIMES);
    }

    // a negative number or one in scientific notation is bracketed before its square
    private boolean bracketed() {
      return x instanceof Value v && (v.negativeLeading() || v.text().contains("e"));
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append(bracketed() ? "\\left(" : "");
      x.latex(sb);
      sb.append(bracketed() ? "\\right)" : "").append("^{2}");
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append(bracketed() ? "(" : "");
      x.text(sb);
      sb.append(bracketed() ? ")" : "").append('²');
    }

    @Override
    public void values(List<Value> out) {
      x.values(out);
    }
  }

  /** -x. */
  record Negate(Expr x) implements Expr {
    @Override
    public double[] eval() {
      double[] v = x.eval();
      if (v == null) {
        return null;
      }
      double[] r = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        r[i] = -v[i];
      }
      return r;
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append('-');
      x.latex(sb);
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append('-');
      x.text(sb);
    }

    @Override
    public void values(List<Value> out) {
      x.values(out);
    }

    @Override
    public boolean negativeLeading() {
      return true;
    }
  }

  /** Σ_index body, symbolic. */
  record SumOver(String index, Expr body) implements Expr {
    @Override
    public double[] eval() {
      return null;
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append("\\sum_{").append(index).append("} ");
      body.latex(sb);
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append('Σ').append(Script.sub(index)).append(' ');
      body.text(sb);
    }

    @Override
    public void values(List<Value> out) {
      body.values(out);
    }
  }

  /** t_1 + t_2 + ... and, when more > 0, the remaining terms' total. */
  record Sum(List<Expr> terms, Value rest, int more) implements Expr {
    @Override
    public double[] eval() {
      double[] total = {0};
      for (Expr t : terms) {
        total = combine(total, t.eval(), Operator.PLUS);
        if (total == null) {
          return null;
        }
      }
      return more > 0 ? combine(total, rest.eval(), Operator.PLUS) : total;
    }

    @Override
    public void latex(StringBuilder sb) {
      for (int i = 0; i < terms.size(); i++) {
        Expr t = terms.get(i);
        if (i > 0) {
          sb.append(Expr.BREAK).append(" + ");
        }
        boolean neg = i > 0 && t.negativeLeading();
        sb.append(neg ? "(" : "");
        t.latex(sb);
        sb.append(neg ? ")" : "");
      }
      if (more > 0) {
        sb.append(terms.isEmpty() ? "" : Expr.BREAK + " + ").append("\\underbrace{");
        boolean neg = !terms.isEmpty() && rest.negativeLeading();
        sb.append(neg ? "(" : "");
        rest.latex(sb);
        sb.append(neg ? ")" : "");
        sb.append("}_{\\text{").append(more).append(more == 1 ? " more term" : " more terms").append("}}");
      }
    }

    @Override
    public void text(StringBuilder sb) {
      for (int i = 0; i < terms.size(); i++) {
        Expr t = terms.get(i);
        if (i > 0) {
          sb.append(" + ");
        }
        boolean neg = i > 0 && t.negativeLeading();
        sb.append(neg ? "(" : "");
        t.text(sb);
        sb.append(neg ? ")" : "");
      }
      if (more > 0) {
        sb.append(terms.isEmpty() ? "" : " + ").append('[');
        rest.text(sb);
        sb.append(": ").append(more).append(more == 1 ? " more term]" : " more terms]");
      }
    }

    @Override
    public void values(List<Value> out) {
      for (Expr t : terms) {
        t.values(out);
      }
      if (more > 0) {
        rest.values(out);
      }
    }

    @Override
    public boolean negativeLeading() {
      return !terms.isEmpty() && terms.get(0).negativeLeading();
    }
  }

  /** A vector with some entries shown: after a gap "…" and each entry carries its index. */
  record Vec(List<Value> entries, int[] index, int length) implements Expr {
    @Override
    public double[] eval() {
      double[] r = new double[entries.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = entries.get(i).shown();
      }
      return r;
    }

    // whether entry i is the one right after a skipped stretch, or follows one
    private boolean labelled(int i) {
      return index.length < length && (i > 0 ? index[i] != index[i - 1] + 1 : index[0] != 0);
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append('[');
      int next = 0;
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          sb.append(",\\ ").append(Expr.BREAK);
        }
        if (index[i] != next) {
          sb.append("\\ldots,\\ ").append(Expr.BREAK);
        }
        if (labelled(i)) {
          // braced, the index sits after the number, not under a power of ten
          sb.append('{');
          entries.get(i).latex(sb);
          sb.append("}_{\\scriptscriptstyle (").append(index[i]).append(")}");
        } else {
          entries.get(i).latex(sb);
        }
        next = index[i] + 1;
      }
      if (next < length) {
        sb.append(",\\ ").append(Expr.BREAK).append("\\ldots");
      }
      sb.append(']');
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append('[');
      int next = 0;
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        if (index[i] != next) {
          sb.append("…, ");
        }
        if (labelled(i)) {
          sb.append('(').append(index[i]).append(") ");
        }
        entries.get(i).text(sb);
        next = index[i] + 1;
      }
      if (next < length) {
        sb.append(", … (").append(length).append(" entries)");
      }
      sb.append(']');
    }

    @Override
    public void values(List<Value> out) {
      out.addAll(entries);
    }
  }

  /** Words inside an equation. */
  record Words(String words) implements Expr {
    @Override
    public double[] eval() {
      return null;
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append(TextMode.words(words));
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append(words);
    }

    @Override
    public void values(List<Value> out) {}
  }

  /** Symbolic notation given both ways. */
  record Raw(String latexForm, String textForm) implements Expr {
    @Override
    public double[] eval() {
      return null;
    }

    @Override
    public void latex(StringBuilder sb) {
      sb.append(latexForm);
    }

    @Override
    public void text(StringBuilder sb) {
      sb.append(textForm);
    }

    @Override
    public void values(List<Value> out) {}
  }
}
