package dev.glassbox.cli;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Reference;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.TrainingConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code glassbox bench}: seconds per training epoch of Nielsen's run (784,30,10 and 784,100,10,
 * batch 10, η = 3, double precision) and, when the peers are at hand (numpy, and PyTorch where a
 * python3 with torch is on the PATH), theirs in the same run, as ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Measure training speed, beside the numpy and PyTorch versions when they are at hand.",
    description = "Measure training speed: seconds per epoch and images/s for 784,30,10 and"
        + " 784,100,10 (Nielsen's settings, batch 10), the cost of evaluating 20,000 images, and,"
        + " if Python with numpy and the peer scripts are available (--peers), the numpy versions"
        + " in the same run, and the PyTorch one where a python3 with torch is on the PATH.")
final class BenchCommand extends Subcommand {
  /** Dense-equivalent arithmetic of one 784,30,10 epoch: 3 passes of 2 flops per weight per image. */
  private static final double DENSE_FLOPS_PER_WEIGHT = 6.0;

  @Mixin DataOptions dataOptions;

  @Option(names = "--epochs", defaultValue = "5", paramLabel = "N",
      description = "Epochs measured per network (default: ${DEFAULT-VALUE}), after warm-up epochs"
          + " that are not counted: they run until one is no faster than the one before and the JIT"
          + " compiler is quiet, at least " + MIN_WARMUP + " and at most " + MAX_WARMUP + ".")
  int epochs;

  /**
   * Fewest and most warm-up epochs ({@link BenchContender#warmUp}): a fixed two left the two-thread
   * figure measuring the compiler.
   */
  static final int MIN_WARMUP = 2;
  static final int MAX_WARMUP = 10;

  @Option(names = "--hidden", defaultValue = "30,100", split = ",", paramLabel = "H",
      description = "Hidden layer sizes to measure (default: ${DEFAULT-VALUE}).")
  int[] hidden;

  @Option(names = "--threads", paramLabel = "T", split = ",",
      description = "Thread counts to measure (default: 1 and all cores).")
  int[] threads;

  @Option(names = "--kernel", defaultValue = "fast", paramLabel = "K", completionCandidates = KernelChoices.class,
      description = "fast: the training code only. reference: also the book's plain loops"
          + " (network/Reference.java, one thread, one timed epoch), to see what the speed tricks buy"
          + " (default: ${DEFAULT-VALUE}; one of: ${COMPLETION-CANDIDATES}).")
  String kernel;

  /** The values of --kernel. */
  static final class KernelChoices extends ArrayList<String> {
    KernelChoices() {
      super(List.of("fast", "reference"));
    }
  }

  @Option(names = "--peers", paramLabel = "DIR",
      description = "Folder with numpy_batched.py and nielsen_loop.py, and torch_sgd.py, which runs"
          + " with the first python3 on the PATH that has torch (default: ../shared/peers next to the"
          + " project, when it exists). 'none' skips them.")
  String peers;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    if (epochs < 1) {
      throw new ParameterException(spec.commandLine(), "--epochs must be at least 1, got " + epochs);
    }
    if (!new KernelChoices().contains(kernel)) {
      throw new ParameterException(spec.commandLine(),
          "--kernel " + kernel + ": expected fast or reference");
    }
    MnistSplit split = dataOptions.load();
    Inputs train = Datasets.inputs(split.train());
    Inputs val = Datasets.inputs(split.validation());
    Inputs test = split.test() == null ? val : Datasets.inputs(split.test());
    int[] teamSizes = threads != null ? threads
        : TrainingConfig.defaultThreads() > 1 ? new int[] {1, TrainingConfig.defaultThreads()} : new int[] {1};
    out.printf(Locale.ROOT, "glassbox bench: %d training images, batch 10, eta 3, sigmoid/quadratic, float64,"
        + " %d epochs measured after %d to %d warm-up, %s inner loops, %d cores%n", train.size(), epochs,
        MIN_WARMUP, MAX_WARMUP,
        Network.kernelKind(), Runtime.getRuntime().availableProcessors());
    out.println("network      threads  s/epoch (median)  min     images/s   eval 20k  eval/epoch  dense GFLOP/s  warm-up");
    List<double[]> java30 = new ArrayList<>();
    java.util.Map<Integer, Double> fastOneThread = new java.util.HashMap<>();
    // hidden size -> the best median s/epoch over the thread counts, and the median with the most threads
    java.util.Map<Integer, Double> fastest = new java.util.LinkedHashMap<>();
    java.util.Map<Integer, Double> mostThreads = new java.util.HashMap<>();
    int most = Arrays.stream(teamSizes).max().orElse(1);
    for (int h : hidden) {
      double[][] measured = measure(h, teamSizes, epochs, train, val, test);
      for (int i = 0; i < teamSizes.length; i++) {
        int t = teamSizes[i];
        double[] r = measured[i];
        if (h == 30) {
          java30.add(r);
        }
        if (t == 1) {
          fastOneThread.put(h, r[0]);
        }
        if (t == most) {
          mostThreads.put(h, r[0]);
        }
        fastest.merge(h, r[0], Math::min);
        double weights = 784.0 * h + h * 10.0;
        double gflops = DENSE_FLOPS_PER_WEIGHT * weights * train.size() / r[0] / 1e9;
        out.printf(Locale.ROOT, "784,%d,10  %7d  %16.4f  %6.4f  %9.0f  %8.4f  %9.1f%%  %13.1f  %7d%n",
            h, t, r[0], r[1], train.size() / r[0], r[2], 100 * r[2] / r[0], gflops, (int) r[3]);
      }
    }
    if (most > 1) {
      StringBuilder line = new StringBuilder(most + " threads against 1 (s/epoch of 1 / of " + most + "):");
      for (int h : hidden) {
        if (fastOneThread.containsKey(h) && mostThreads.containsKey(h)) {
          line.append(String.format(Locale.ROOT, " 784,%d,10 %.2fx;", h, fastOneThread.get(h) / mostThreads.get(h)));
        }
      }
      out.println(line);
    }
    if (kernel.equals("reference")) {
      out.println("the book's plain loops (network/Reference.java: double[][] in (out, in) layout, one sample at"
          + " a time, no sparse input, no kernels), 1 thread, one warm-up pass over 5000 images:");
      out.println("network      s/epoch   images/s   slower than the fast path, 1 thread");
      for (int h : hidden) {
        double fast = fastOneThread.getOrDefault(h, Double.NaN);
        double secs = measureReference(h, train);
        out.printf(Locale.ROOT, "784,%d,10  %8.2f  %9.0f  %.1fx%n", h, secs, train.size() / secs, secs / fast);
      }
    }
    Path peerDir = peerDir();
    if (peerDir == null) {
      out.println("peers: not run (no peers folder; give --peers DIR)");
      return 0;
    }
    double best = java30.stream().mapToDouble(r -> r[0]).min().orElse(Double.NaN);
    out.println("peers (784,30,10, same data, run now, one after the other):");
    double batched = peer(out, "python3", peerDir, "numpy_batched.py", "--epochs", "3", "--seed", "1");
    double loop = peer(out, "python3", peerDir, "nielsen_loop.py", "--epochs", "1", "--seed", "1");
    double torch = torchPeer(out, peerDir, PeerPython.candidates(System.getenv("PATH")));
    String torchRatio = Double.isNaN(torch) ? "" : String.format(Locale.ROOT, " PyTorch / glassbox = %.1fx;", torch / best);
    out.printf(Locale.ROOT, "ratios (784,30,10): glassbox %.4f s/epoch; numpy batched / glassbox = %.1fx;"
        + " network.py loop / glassbox = %.1fx;%s glassbox / hardware limit (0.05 s) = %.1fx%n",
        best, batched / best, loop / best, torchRatio, best / 0.05);
    // the other sizes beside numpy batched too (two epochs each: 784,800,10 takes seconds per epoch)
    for (java.util.Map.Entry<Integer, Double> e : fastest.entrySet()) {
      int h = e.getKey();
      if (h == 30) {
        continue;
      }
      out.println("peer 784," + h + ",10:");
      double numpy = peer(out, "python3", peerDir, "numpy_batched.py", "--epochs", "2", "--seed", "1",
          "--hidden", Integer.toString(h));
      out.printf(Locale.ROOT, "ratio (784,%d,10): glassbox %.4f s/epoch; numpy batched / glassbox = %.1fx%n",
          h, e.getValue(), numpy / e.getValue());
    }
    return 0;
  }

  /**
   * PyTorch as a student writes it ({@code torch_sgd.py}, 784,30,10, two epochs) with the first of
   * {@code pythons} that has torch; where the script or such a Python is missing, one line says it
   * is skipped. One thread: at batch 10 each call is too small to share, and on a busy machine
   * PyTorch's spinning worker threads made an epoch ten times slower (71 s against 7.1 s here).
   *
   * @return its median seconds per epoch, or NaN when skipped
   */
  static double torchPeer(PrintWriter out, Path dir, List<Path> pythons) throws Exception {
    if (!Files.isRegularFile(dir.resolve(TORCH_PEER))) {
      out.println("torch peer: skipped (no " + TORCH_PEER + " in " + CommonOptions.display(dir) + ")");
      return Double.NaN;
    }
    java.util.Optional<Path> python = PeerPython.withModule(pythons, "torch");
    if (python.isEmpty()) {
      out.println("torch peer: skipped (none of the " + pythons.size() + " python3 on the PATH has torch;"
          + " Debian: apt-get install python3-torch)");
      return Double.NaN;
    }
    out.println("torch peer (" + python.get() + ", 1 thread):");
    return peer(out, python.get().toString(), dir, TORCH_PEER, "--epochs", "2", "--seed", "1", "--threads", "1");
  }

  /**
   * For each of {@code teamSizes}, {median s/epoch, min s/epoch, seconds to evaluate validation +
   * test, warm-up epochs}: the networks take their epochs in turn (the order reversed every other
   * round), so that the ratios between thread counts hold when the machine's speed drifts, as it
   * does here by up to 1.5x between runs a minute apart.
   */
  private static double[][] measure(int h, int[] teamSizes, int epochs, Inputs train, Inputs val, Inputs test) {
    List<BenchContender> contenders = new ArrayList<>();
    try {
      for (int t : teamSizes) {
        contenders.add(new BenchContender(h, t, train, val));
      }
      while (contenders.stream().anyMatch(BenchContender::warming)) {
        for (BenchContender c : contenders) {
          if (c.warming()) {
            c.warmUp(val, test);
          }
        }
      }
      for (int e = 0; e < epochs; e++) {
        for (int i = 0; i < contenders.size(); i++) {
          contenders.get(e % 2 == 0 ? i : contenders.size() - 1 - i).measure(val, test);
        }
      }
      double[][] results = new double[teamSizes.length][];
      for (int i = 0; i < results.length; i++) {
        results[i] = contenders.get(i).result();
      }
      return results;
    } finally {
      contenders.forEach(BenchContender::close);
    }
  }

  /**
   * Seconds for one epoch of {@link Reference#updateMiniBatch} (batch 10, η = 3) after a warm-up
   * pass over 5000 images; the batch's dense inputs are copied into reused arrays, as numpy would
   * hold them.
   */
  private static double measureReference(int h, Inputs train) {
    TrainingConfig c = TrainingConfig.nielsen();
    Network net = new Network(new int[] {784, h, 10}, c.hidden(), c.output(), c.cost());
    c.init().apply(net, 1);
    Reference book = new Reference(net);
    double[][] xs = new double[10][train.dim()];
    int[] ys = new int[10];
    referenceEpoch(book, train, Math.min(5000, train.size()), xs, ys);
    long t0 = System.nanoTime();
    referenceEpoch(book, train, train.size(), xs, ys);
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void referenceEpoch(Reference book, Inputs train, int n, double[][] xs, int[] ys) {
    for (int from = 0; from + 10 <= n; from += 10) {
      for (int s = 0; s < 10; s++) {
        train.copyDense(from + s, xs[s], 0);
        ys[s] = train.label(from + s);
      }
      book.updateMiniBatch(xs, ys, 3.0);
    }
  }

  private Path peerDir() {
    if ("none".equals(peers)) {
      return null;
    }
    Path dir = peers != null ? Path.of(peers) : CommonOptions.home().resolve("../shared/peers").normalize();
    if (!Files.isRegularFile(dir.resolve("numpy_batched.py"))) {
      if (peers != null) {
        throw new IllegalArgumentException("--peers " + peers + ": no numpy_batched.py there");
      }
      return null;
    }
    return dir;
  }

  private static final Pattern MEDIAN = Pattern.compile("sec_per_epoch_median=([0-9.]+)");

  private static final String TORCH_PEER = "torch_sgd.py";

  private static double peer(PrintWriter out, String python, Path dir, String script, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(python, script));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.directory(dir.toFile());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    double median = Double.NaN;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        Matcher m = MEDIAN.matcher(line);
        if (line.startsWith("RESULT") && m.find()) {
          median = Double.parseDouble(m.group(1));
          out.println("  " + line);
        }
      }
    }
    if (p.waitFor() != 0 || Double.isNaN(median)) {
      throw new IllegalStateException(python + " " + dir.resolve(script) + " failed (is numpy installed?)");
    }
    return median;
  }
}
