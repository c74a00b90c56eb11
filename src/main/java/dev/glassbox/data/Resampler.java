package dev.glassbox.data;

/**
 * Resizes a gray image held in a float array, separably (rows, then columns): area averaging when
 * shrinking (each output pixel is the mean of the source area it covers, which anti-aliases), and
 * bilinear interpolation when enlarging.
 */
final class Resampler {
  private Resampler() {}

  /**
   * Resizes the {@code cw x ch} region at {@code (x0, y0)} of {@code src} (row stride {@code w})
   * to {@code tw x th}. {@code src} is not modified.
   */
  static float[] resize(float[] src, int w, int x0, int y0, int cw, int ch, int tw, int th) {
    Kernel kx = Kernel.of(cw, tw);
    Kernel ky = Kernel.of(ch, th);
    // horizontal pass: ch rows of cw -> ch rows of tw
    float[] rows = new float[ch * tw];
    for (int y = 0; y < ch; y++) {
      int base = (y0 + y) * w + x0;
      for (int x = 0; x < tw; x++) {
        float sum = 0;
        float[] wt = kx.weights[x];
        int start = kx.start[x];
        for (int k = 0; k < wt.length; k++) {
          sum += wt[k] * src[base + start + k];
        }
        rows[y * tw + x] = sum;
      }
    }
    // vertical pass: ch x tw -> th x tw
    float[] out = new float[th * tw];
    for (int y = 0; y < th; y++) {
      float[] wt = ky.weights[y];
      int start = ky.start[y];
      for (int k = 0; k < wt.length; k++) {
        int row = (start + k) * tw;
        for (int x = 0; x < tw; x++) {
          out[y * tw + x] += wt[k] * rows[row + x];
        }
      }
    }
    return out;
  }

  /** For each output index: the first source index it reads and the weights (summing to 1). */
  private static final class Kernel {
    final int[] start;
    final float[][] weights;

    private Kernel(int n) {
      start = new int[n];
      weights = new float[n][];
    }

    static Kernel of(int inLen, int outLen) {
      Kernel k = new Kernel(outLen);
      double r = (double) inLen / outLen;
      for (int i = 0; i < outLen; i++) {
        if (r > 1) {
          // area: output pixel i covers source [i*r, (i+1)*r)
          double a = i * r;
          double b = Math.min(inLen, (i + 1) * r);
          int j0 = (int) Math.floor(a);
          int j1 = Math.min(inLen - 1, (int) Math.ceil(b) - 1);
          float[] wt = new float[j1 - j0 + 1];
          for (int j = j0; j <= j1; j++) {
            wt[j - j0] = (float) ((Math.min(b, j + 1) - Math.max(a, j)) / r);
          }
          k.start[i] = j0;
          k.weights[i] = wt;
        } else {
          // bilinear: sample the source at the output pixel's centre
          double x = (i + 0.5) * r - 0.5;
          int j0 = (int) Math.floor(x);
          float f = (float) (x - j0);
          int lo = Math.max(0, Math.min(inLen - 1, j0));
          int hi = Math.max(0, Math.min(inLen - 1, j0 + 1));
          if (lo == hi) {
            k.start[i] = lo;
            k.weights[i] = new float[] {1f};
          } else {
            k.start[i] = lo;
            k.weights[i] = new float[] {1 - f, f};
          }
        }
      }
      return k;
    }
  }
}
