package dev.glassbox.trace.explain;

import dev.glassbox.network.Activation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Fn;

/**
 * The book's symbols as {@link Expr}s: layers as the book numbers them (input = 1), w^l_{jk} for
 * the weight from neuron k of layer l-1 to neuron j of layer l. Indices are letters ("j") or
 * numbers; two numbers are separated by a comma (w^3_{2,9}).
 */
public final class Symbols {
  private Symbols() {}

  static String index(int i) {
    return i < 0 ? "j" : Integer.toString(i);
  }

  /** "jk", "5k" or "2,9". */
  public static String pair(String j, String k) {
    boolean numbers = Character.isDigit(j.charAt(0)) && Character.isDigit(k.charAt(0));
    return numbers ? j + "," + k : j + k;
  }

  static Expr z(int book, String j) {
    return Expr.sym("z", Integer.toString(book), j);
  }

  static Expr a(int book, String j) {
    return Expr.sym("a", Integer.toString(book), j);
  }

  static Expr delta(int book, String j) {
    return Expr.sym("δ", Integer.toString(book), j);
  }

  static Expr bias(int book, String j) {
    return Expr.sym("b", Integer.toString(book), j);
  }

  static Expr weight(int book, String j, String k) {
    return Expr.sym("w", Integer.toString(book), j == null ? null : pair(j, k));
  }

  static Expr dCdb(int book, String j) {
    return Expr.partial(Expr.sym("C"), bias(book, j));
  }

  static Expr dCdw(int book, String j, String k) {
    return Expr.partial(Expr.sym("C"), weight(book, j, k));
  }

  /** m^l_j, dropout's mask: 0 where neuron j of layer l was dropped, 1/(1-P) where it was kept. */
  static Expr mask(int book, String j) {
    return Expr.sym("m", Integer.toString(book), j);
  }

  static Expr y(String j) {
    return Expr.sym("y", null, j);
  }

  /** The element-wise function of an activation, evaluated by the activation itself; softmax has none. */
  public static Fn fn(Activation a) {
    if (!a.elementwise()) {
      throw new IllegalArgumentException(a.id() + " is not element-wise");
    }
    return Fn.of(a.symbol(), a.symbolLatex(), a::value);
  }

  /** The derivative of an element-wise activation: σ', tanh', ReLU', ... */
  public static Fn prime(Activation a) {
    if (!a.elementwise()) {
      throw new IllegalArgumentException(a.id() + " has no element-wise derivative");
    }
    return Fn.of(a.symbol() + "'", a.symbolLatex() + "'", a::derivativeAt);
  }

  /** The activation's name applied to a symbol: σ(z), tanh(z), ReLU(z) or softmax(z). */
  public static Expr apply(Activation a, Expr arg) {
    if (!a.elementwise()) {
      return Expr.juxt(Expr.raw(a.symbolLatex(), a.symbol()), Expr.paren(arg));
    }
    return Expr.call(fn(a), arg);
  }
}
