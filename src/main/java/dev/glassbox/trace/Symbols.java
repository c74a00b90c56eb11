package dev.glassbox.trace;

import dev.glassbox.network.Activation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Fn;

/**
 * The book's symbols as {@link Expr}s: layers as the book numbers them (input = 1), w^l_{jk} for
 * the weight from neuron k of layer l-1 to neuron j of layer l. Indices are letters ("j") or
 * numbers; two numbers are separated by a comma (w^3_{2,9}).
 */
final class Symbols {
  private Symbols() {}

  static String index(int i) {
    return i < 0 ? "j" : Integer.toString(i);
  }

  /** "jk", "5k" or "2,9". */
  static String pair(String j, String k) {
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

  static Expr y(String j) {
    return Expr.sym("y", null, j);
  }

  /** The element-wise function of an activation; softmax has none. */
  static Fn fn(Activation a) {
    return switch (a) {
      case SIGMOID -> Fn.SIGMOID;
      case TANH -> Fn.TANH;
      case RELU -> Fn.RELU;
      case SOFTMAX -> throw new IllegalArgumentException("softmax is not element-wise");
    };
  }

  /** The derivative of an element-wise activation. */
  static Fn prime(Activation a) {
    return switch (a) {
      case SIGMOID -> Fn.SIGMOID_PRIME;
      case TANH -> Fn.TANH_PRIME;
      case RELU -> Fn.RELU_PRIME;
      case SOFTMAX -> throw new IllegalArgumentException("softmax has no element-wise derivative");
    };
  }

  /** The activation's name applied to a symbol: σ(z), tanh(z), ReLU(z) or softmax(z). */
  static Expr apply(Activation a, Expr arg) {
    if (a == Activation.SOFTMAX) {
      return Expr.juxt(Expr.raw("\\mathrm{softmax}", "softmax"), Expr.paren(arg));
    }
    return Expr.call(fn(a), arg);
  }
}
