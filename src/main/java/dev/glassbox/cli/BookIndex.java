package dev.glassbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Neurons and weights named on the command line in the book's layer numbering (1 is the input),
 * as {@code render --pin L:J} and {@code nudge --weight L:J:K} take them: parsed and checked
 * against the network's layer sizes, and returned in the code's numbering (layer l - 1). A bad
 * index is a usage error (exit 2) naming the option and the valid range.
 */
final class BookIndex {
  private BookIndex() {}

  /** "L:J": neuron J of layer L ≥ 2, as {layer, j} in the code's numbering. */
  static int[] neuron(CommandLine cl, String option, String text, int[] sizes) {
    return parse(cl, option, text, sizes, false);
  }

  /** "L:J:K": the weight into neuron J of layer L from neuron K of layer L-1, as {layer, j, k}. */
  static int[] weight(CommandLine cl, String option, String text, int[] sizes) {
    return parse(cl, option, text, sizes, true);
  }

  /** Pixel (input neuron) K, checked against the input size. */
  static int pixel(CommandLine cl, String option, int k, int[] sizes) {
    if (k < 0 || k >= sizes[0]) {
      throw new ParameterException(cl, option + " " + k + ": the pixel K must be 0.." + (sizes[0] - 1)
          + " (the input, layer 1, has " + sizes[0] + ")");
    }
    return k;
  }

  private static int[] parse(CommandLine cl, String option, String text, int[] sizes, boolean weight) {
    String form = weight ? "L:J:K" : "L:J";
    String[] parts = text.split(":", -1);
    int[] v = new int[parts.length];
    try {
      if (parts.length != (weight ? 3 : 2)) {
        throw new NumberFormatException();
      }
      for (int i = 0; i < parts.length; i++) {
        v[i] = Integer.parseInt(parts[i].trim());
      }
    } catch (NumberFormatException e) {
      String example = weight ? " 2:7:350 (the weight into neuron 7 of layer 2 from pixel 350)"
          : " 2:7 (neuron 7 of layer 2)";
      throw new ParameterException(cl, option + " wants " + form + " in the book's layer numbering, e.g. "
          + option + example + "; got \"" + text + "\"");
    }
    int layers = sizes.length;
    String at = option + " " + text + ": ";
    int l = v[0] - 1;
    if (l < 1 || l >= layers) {
      throw new ParameterException(cl, at + "the layer L must be 2.." + layers
          + " (the book's numbering: 1 is the input, " + layers + " the output)");
    }
    if (v[1] < 0 || v[1] >= sizes[l]) {
      throw new ParameterException(cl, at + "the neuron J must be 0.." + (sizes[l] - 1) + " (layer " + v[0]
          + " has " + sizes[l] + ")");
    }
    if (weight && (v[2] < 0 || v[2] >= sizes[l - 1])) {
      throw new ParameterException(cl, at + "the input K must be 0.." + (sizes[l - 1] - 1) + " (layer " + l
          + (l == 1 ? ", the input," : "") + " has " + sizes[l - 1] + ")");
    }
    return weight ? new int[] {l, v[1], v[2]} : new int[] {l, v[1]};
  }
}
