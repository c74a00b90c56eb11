package dev.glassbox.sketch;

import dev.glassbox.data.Dataset;
import dev.glassbox.network.Backprop;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;
import dev.glassbox.trace.DefaultExample;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.StepSettings;
import dev.glassbox.trace.Trace;

/**
 * Where the stepper's traces come from: one network and the test images, each traced on demand by
 * {@link Trace#record} (the training code on a batch of one), plus a drawn digit. Also finds the
 * next test image the network gets wrong.
 */
public final class TraceSource {
  private final Network net;
  private final Dataset test;
  private final double eta;
  private final double lambda;
  private final double momentum;
  private final int n;
  private final String modelNote;
  private final Dropout dropout;
  private Inputs all;
  private DefaultExample.Pick example;

  /**
   * @param net the network (not modified; traces copy it)
   * @param test the images stepped through (labelled): the test set, or the training or
   *     validation set an image was opened from (its name titles the image)
   * @param eta learning rate of the traced update
   * @param lambda L2 regularisation of the traced update
   * @param momentum momentum of the traced update
   * @param n training-set size (λ/n)
   * @param modelNote where the model came from, for the title bar
   * @param dropout the dropout of the traced step (image i takes training row i's mask), or null
   */
  public TraceSource(Network net, Dataset test, double eta, double lambda, double momentum, int n,
      String modelNote, Dropout dropout) {
    this.net = net;
    this.test = test;
    this.eta = eta;
    this.lambda = lambda;
    this.momentum = momentum;
    this.n = n;
    this.modelNote = modelNote;
    this.dropout = dropout;
  }

  /** Number of test images. */
  public int size() {
    return test.size();
  }

  /** Layer sizes of the network. */
  public int[] sizes() {
    return net.sizes();
  }

  /** Where the model came from. */
  public String modelNote() {
    return modelNote;
  }

  /** The trace of test image {@code index}. */
  public Trace trace(int index) {
    byte[] px = new byte[Dataset.PIXELS];
    test.copyImageBytes(index, px, 0);
    Inputs in = Inputs.fromPixels(px, 1, Dataset.PIXELS, new byte[] {(byte) test.label(index)});
    return Trace.record(net, in, 0, new StepSettings(eta, lambda, momentum, n),
        dropout == null ? null : dropout.asRow(index)).withSampleIndex(index);
  }

  /**
   * The mini-batch of the {@code m} images from image {@code first} on (wrapping around after the
   * last), recorded through {@code weights} (this source's network, or one that SGD steps moved on
   * from it) with the stepper's η, λ, μ, n and dropout ({@link MiniBatch}).
   */
  public MiniBatch batch(Network weights, int first, int m) {
    int size = Math.min(m, test.size());
    byte[] px = new byte[size * Dataset.PIXELS];
    byte[] labels = new byte[size];
    int[] rows = new int[size];
    int[] indices = new int[size];
    for (int s = 0; s < size; s++) {
      int i = (first + s) % test.size();
      test.copyImageBytes(i, px, s * Dataset.PIXELS);
      labels[s] = (byte) test.label(i);
      rows[s] = s;
      indices[s] = i;
    }
    Inputs in = Inputs.fromPixels(px, size, Dataset.PIXELS, labels);
    // row s of the batch stands for image first + s: each takes that training row's mask
    return MiniBatch.record(weights, in, rows, new StepSettings(eta, lambda, momentum, n),
        dropout == null ? null : dropout.asRow(first)).withSampleIndices(indices);
  }

  /**
   * The image's title: its set (training, validation or test), index and label, e.g. "training
   * image 25218 · label 3"; for the default example also the rule that chose it.
   */
  public String title(int index) {
    String t = setName() + " image " + index + " · label " + test.label(index);
    return example != null && example.index() == index ? t + " · " + example.reason().text() : t;
  }

  /** "training" for the split's "train" part, else the part's own name ("validation", "test"). */
  public String setName() {
    return "train".equals(test.name()) ? "training" : test.name();
  }

  /** The image {@link DefaultExample}'s rule picks from these images (computed once). */
  public DefaultExample.Pick defaultExample() {
    if (example == null) {
      example = DefaultExample.pick(net, test);
    }
    return example;
  }

  /** The label of test image {@code index}. */
  public int label(int index) {
    return test.label(index);
  }

  /**
   * The trace of a drawn digit (784 MNIST-form bytes) with target {@code target}, or with the
   * network's own prediction as the target when {@code target < 0}.
   */
  public Trace drawn(byte[] pixels, int target) {
    int y = target;
    if (y < 0) {
      Inputs probe = Inputs.fromPixels(pixels, 1, Dataset.PIXELS, new byte[] {0});
      y = Trace.record(net, probe, 0, eta, lambda, momentum, n).predicted();
    }
    Inputs in = Inputs.fromPixels(pixels, 1, Dataset.PIXELS, new byte[] {(byte) y});
    return Trace.record(net, in, 0, eta, lambda, momentum, n);
  }

  /** The first test image after {@code from} (wrapping around) that the network gets wrong, or -1. */
  public int nextMisclassified(int from) {
    if (all == null) {
      byte[] px = new byte[test.size() * Dataset.PIXELS];
      byte[] labels = new byte[test.size()];
      for (int i = 0; i < test.size(); i++) {
        test.copyImageBytes(i, px, i * Dataset.PIXELS);
        labels[i] = (byte) test.label(i);
      }
      all = Inputs.fromPixels(px, test.size(), Dataset.PIXELS, labels);
    }
    int batch = 100;
    Workspace ws = new Workspace(net, batch);
    int size = test.size();
    int[] order = new int[batch];
    for (int done = 0; done < size; done += batch) {
      int m = Math.min(batch, size - done);
      for (int s = 0; s < m; s++) {
        order[s] = (from + 1 + done + s) % size;
      }
      ws.load(all, order, 0, m);
      Backprop.feedforward(net, ws, 0, m);
      for (int s = 0; s < m; s++) {
        if (Backprop.predicted(net, ws, s) != all.label(order[s])) {
          return order[s];
        }
      }
    }
    return -1;
  }
}
