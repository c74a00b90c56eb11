package dev.glassbox.trace.explore;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MeanImage;

/**
 * What digits in general look like, as a Gaussian fitted to a set of images of <em>all</em> ten
 * digits together: the mean image x̄ and the pixel covariance Σ_kl = mean of (x_k - x̄_k)(x_l -
 * x̄_l). It knows nothing about labels: it describes which pixels tend to be ink <em>together</em>
 * (strokes), not which digit an image is.
 *
 * <p>{@link Imagine} uses it to filter the network's gradient: the step Σ g moves each pixel
 * together with the pixels that vary with it in real digits, so the picture changes by strokes
 * instead of single pixels. This is gradient descent on the pixels with the Gaussian's log-density
 * as a prior (in "whitened" coordinates u, x = x̄ + L u with Σ = L Lᵀ, plain gradient descent on u
 * is the step Σ g on x). Pixels that are blank in every image (the border) have no variance, so
 * the filtered step never puts ink there.
 *
 * @param mean x̄, 784 values in [0, 1]
 * @param covariance Σ, row-major 784 x 784, symmetric
 */
public record DigitPrior(double[] mean, double[] covariance) {
  /** Pixels of an image. */
  static final int N = Dataset.PIXELS;

  /** Checks the sizes. */
  public DigitPrior {
    if (mean.length != N || covariance.length != N * N) {
      throw new IllegalArgumentException("a digit prior is 784 means and 784 x 784 covariances");
    }
  }

  /**
   * The mean and covariance of every image of {@code ds} (labels unused). Uses Σ = E[x xᵀ] - x̄ x̄ᵀ
   * with the sum over each image's inked pixels only (MNIST images are mostly blank), so the
   * 50,000 training images take well under a second.
   */
  public static DigitPrior of(Dataset ds) {
    double[] mean = MeanImage.of(ds);
    double[] c = new double[N * N];
    int[] ink = new int[N];
    double[] v = new double[N];
    for (int i = 0; i < ds.size(); i++) {
      int m = 0;
      for (int k = 0; k < N; k++) {
        int p = ds.pixel(i, k);
        if (p != 0) {
          ink[m] = k;
          v[m++] = p / 255.0;
        }
      }
      for (int a = 0; a < m; a++) {
        int row = ink[a] * N;
        double va = v[a];
        for (int b = 0; b <= a; b++) {
          c[row + ink[b]] += va * v[b];
        }
      }
    }
    int n = ds.size();
    for (int k = 0; k < N; k++) {
      for (int l = 0; l <= k; l++) {
        double s = c[k * N + l] / n - mean[k] * mean[l];
        c[k * N + l] = s;
        c[l * N + k] = s;
      }
    }
    return new DigitPrior(mean, c);
  }

  /** out = Σ g: the gradient g filtered by how pixels vary together in digits. */
  public void filter(double[] g, double[] out) {
    for (int k = 0; k < N; k++) {
      double s = 0;
      int row = k * N;
      for (int l = 0; l < N; l++) {
        s += covariance[row + l] * g[l];
      }
      out[k] = s;
    }
  }
}
