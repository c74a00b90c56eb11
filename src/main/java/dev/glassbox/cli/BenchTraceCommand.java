package dev.glassbox.cli;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.Stepper;
import dev.glassbox.training.LayerSizes;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox bench-trace} (hidden): mean time and allocated bytes of tracing one sample of a
 * 784,100,30,10 network and building its per-neuron steps; and, separately, of rendering every
 * step's substituted equation (the texts are built on demand).
 */
@Command(name = "bench-trace", hidden = true, mixinStandardHelpOptions = true,
    description = "Measure tracing one sample and building its per-neuron steps.")
final class BenchTraceCommand extends Subcommand {
  @Option(names = "--sizes", defaultValue = "784,100,30,10", description = "Layer sizes (default: ${DEFAULT-VALUE}).")
  String sizes;

  @Option(names = "--iterations", defaultValue = "300", description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Mixin DataPath data;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    int[] s = LayerSizes.parse("--sizes", sizes);
    Network net = new Network(s, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    Init.GAUSSIAN.apply(net, 1);
    TestImages.Image img = new DataTestImages().load(data.path(), 0);
    Inputs in = Inputs.fromPixels(img.pixels(), 1, img.pixels().length, new byte[] {(byte) img.label()});

    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    int warmup = Math.max(50, iterations / 2);
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += traceAndSteps(net, in).size();
      sink += renderAll(new Stepper(Trace.record(net, in, 0, 3.0, 0, 0, 50000), Granularity.PER_NEURON).steps());
    }
    long b0 = mx.getThreadAllocatedBytes(tid);
    long t0 = System.nanoTime();
    int steps = 0;
    for (int i = 0; i < iterations; i++) {
      steps = traceAndSteps(net, in).size();
      sink += steps;
    }
    long t1 = System.nanoTime();
    long b1 = mx.getThreadAllocatedBytes(tid);
    List<Step> list = traceAndSteps(net, in);
    long b2 = mx.getThreadAllocatedBytes(tid);
    long t2 = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      sink += renderAll(list);
    }
    long t3 = System.nanoTime();
    long b3 = mx.getThreadAllocatedBytes(tid);

    out.printf("network %s, %d per-neuron steps, %d runs%n", net.sizesString(), steps, iterations);
    out.printf("trace + steps:        %.3f ms, %.2f MB allocated per run%n",
        (t1 - t0) / 1e6 / iterations, (b1 - b0) / 1e6 / iterations);
    out.printf("render all %d texts:  %.3f ms, %.2f MB allocated per run (on demand, not part of the trace)%n",
        list.size(), (t3 - t2) / 1e6 / iterations, (b3 - b2) / 1e6 / iterations);
    out.printf("(checksum %d)%n", sink);
    return 0;
  }

  private static List<Step> traceAndSteps(Network net, Inputs in) {
    Trace t = Trace.record(net, in, 0, 3.0, 0, 0, 50000);
    return new Stepper(t, Granularity.PER_NEURON).steps();
  }

  private static long renderAll(List<Step> steps) {
    long n = 0;
    for (Step s : steps) {
      n += s.equation().length() + s.substituted().length();
    }
    return n;
  }
}
