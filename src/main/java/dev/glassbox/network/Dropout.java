package dev.glassbox.network;

/**
 * Inverted dropout of one training epoch: hidden neuron j of layer l is kept for training row r
 * with probability 1 - P and then scaled by 1/(1 - P), so a^l ← a^l ⊙ mask^l with mask^l_j ∈ {0,
 * 1/(1-P)}. Each bit is a hash of (seed, epoch, row, layer, neuron), so it is the same for any
 * thread count, batch split or order of computation. Never used in evaluation or prediction.
 *
 * @param p the probability of dropping a neuron, in (0, 1)
 * @param seed the run's seed
 * @param epoch the epoch, from 1
 */
public record Dropout(double p, long seed, int epoch) {
  /** Checks P. */
  public Dropout {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("dropout P must be in (0, 1), got " + p);
    }
  }

  /** Whether neuron j of hidden layer l is kept for training row r. */
  public boolean kept(int row, int l, int j) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h + epoch);
    h = mix(h + row);
    h = mix(h + l);
    h = mix(h + j);
    // the top 53 bits as a uniform number in [0, 1)
    return (h >>> 11) * 0x1.0p-53 >= p;
  }

  /** mask^l_j of training row r: 1/(1-P) when kept, else 0. */
  public double factor(int row, int l, int j) {
    return kept(row, l, j) ? 1.0 / (1.0 - p) : 0.0;
  }

  // SplitMix64's finaliser: every input bit changes about half the output bits
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
