package dev.glassbox.network;

/**
 * Inverted dropout of one training epoch: hidden neuron j of layer l is kept for training row r
 * with probability 1 - P and then scaled by 1/(1 - P), so a^l ← a^l ⊙ mask^l with mask^l_j ∈ {0,
 * 1/(1-P)}. Each bit is a hash of (seed, epoch, row, layer, neuron), so it is the same for any
 * thread count, batch split or order of computation. Never used in evaluation or prediction.
 */
public final class Dropout {
  private final double p;
  private final long seed;
  private final int epoch;
  private final double scale;
  // the hash of (seed, epoch), shared by every row
  private final long base;
  // added to every row: a batch of one image can take the mask of the training row it stands for
  private final int rowOffset;

  /**
   * @param p the probability of dropping a neuron, in (0, 1)
   * @param seed the run's seed
   * @param epoch the epoch, from 1
   */
  public Dropout(double p, long seed, int epoch) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("dropout P must be in (0, 1), got " + p);
    }
    this.p = p;
    this.seed = seed;
    this.epoch = epoch;
    this.scale = 1.0 / (1.0 - p);
    this.base = mix(mix(seed ^ 0x9E3779B97F4A7C15L) + epoch);
    this.rowOffset = 0;
  }

  /** The dropout of epoch {@code epoch} with probability {@code p}, or null when p is 0 (none). */
  public static Dropout of(double p, long seed, int epoch) {
    return p == 0 ? null : new Dropout(p, seed, epoch);
  }

  private Dropout(Dropout d, int rowOffset) {
    this.p = d.p;
    this.seed = d.seed;
    this.epoch = d.epoch;
    this.scale = d.scale;
    this.base = d.base;
    this.rowOffset = rowOffset;
  }

  /**
   * This dropout as training row {@code row} gets it, for a batch whose row 0 stands for that row:
   * a traced image takes the mask of the training row with its index, so each image shows its own.
   */
  public Dropout asRow(int row) {
    return new Dropout(this, row);
  }

  /** The probability P of dropping a neuron. */
  public double p() {
    return p;
  }

  /** 1/(1 - P): mask^l_j of a kept neuron. */
  public double scale() {
    return scale;
  }

  /** The seed the bits are hashed from. */
  public long seed() {
    return seed;
  }

  /** The epoch the bits are hashed from. */
  public int epoch() {
    return epoch;
  }

  /** The hash of (seed, epoch, row, layer) that {@link #factor(long, int)} finishes per neuron. */
  long key(int row, int l) {
    return mix(mix(base + row + rowOffset) + l);
  }

  /** mask^l_j for the row and layer of {@code key}: 1/(1-P) when kept, else 0. */
  double factor(long key, int j) {
    // the top 53 bits of the hash as a uniform number in [0, 1): kept when at least P
    return (mix(key + j) >>> 11) * 0x1.0p-53 >= p ? scale : 0.0;
  }

  /** Whether neuron j of hidden layer l is kept for training row r. */
  public boolean kept(int row, int l, int j) {
    return factor(row, l, j) != 0.0;
  }

  /** mask^l_j of training row r: 1/(1-P) when kept, else 0. */
  public double factor(int row, int l, int j) {
    return factor(key(row, l), j);
  }

  // SplitMix64's finaliser: every input bit changes about half the output bits
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
