package dev.glassbox.cli;

import dev.glassbox.io.AtomicFile;
import dev.glassbox.trace.BatchCsv;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.TraceCsv;
import dev.glassbox.trace.TraceExport;
import dev.glassbox.trace.explain.BatchText;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code glassbox trace}: export one test image's whole trace as JSON (and CSV). */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Record one test image's forward pass, backprop and SGD update and write it as JSON"
        + " (and optionally one CSV per quantity and layer); with --batch M, also a mini-batch of M images and"
        + " its SGD step. Formats: docs/formats.md.")
final class TraceCommand extends Subcommand {
  @Mixin ImageSource img;

  @Mixin TracedStepOptions stepOptions;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write, e.g. trace.json.")
  Path out;

  @Option(names = "--csv", paramLabel = "DIR", description = "Also write CSV files into this folder.")
  Path csv;

  @Option(names = "--batch", paramLabel = "M", description = "Also record a mini-batch: the M test images from the"
      + " traced one on (it comes first), each one's gradients, their sums and means as the trainer computes them, and"
      + " one SGD step w - (η/M) Σ on it, as the field \"batch\" (with --csv, also the folder DIR/batch); prints"
      + " the step for one neuron. M from 1 to " + MAX_BATCH + ".")
  Integer batch;

  /** The largest --batch: each image adds its whole gradient to the file (about 0.5 MB for 784,30,10). */
  static final int MAX_BATCH = 100;

  private final TestImages images;

  TraceCommand() {
    this(new DataTestImages());
  }

  TraceCommand(TestImages images) {
    this.images = images;
  }

  @Override
  public Integer call() throws Exception {
    var err = err();
    var stdout = out();
    stepOptions.check(spec.commandLine());
    if (batch != null && (batch < 1 || batch > MAX_BATCH)) {
      throw new ParameterException(spec.commandLine(), "--batch must be 1.." + MAX_BATCH + ", got " + batch);
    }
    TraceSetup.Traced t = TraceSetup.load(img.model, img.data.path(), img.image, stepOptions.eta, stepOptions.dropout, images, err);
    MiniBatch mb;
    try {
      mb = batch == null ? null : TraceSetup.batch(t, img.data.path(), batch, images);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--batch " + batch + ": " + e.getMessage());
    }
    try {
      AtomicFile.write(out, os -> {
        Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
        TraceExport.writeJson(t.trace(), mb, t.imageSource(), w);
        w.flush();
      });
    } catch (IllegalArgumentException e) {
      // JSON has no NaN or infinity: say so instead of gson's terse message; the old file stays
      throw new IllegalArgumentException("cannot write " + out + ": the trace holds NaN or infinite values ("
          + e.getMessage() + "); the network may have diverged", e);
    }
    if (t.example() != null) {
      stdout.println("test image " + t.trace().sampleIndex() + ": " + t.example().note());
    }
    stdout.println("wrote " + out + " (test image " + t.trace().sampleIndex() + ", label " + t.trace().label()
        + ", predicted " + t.trace().predicted() + ", cost " + t.trace().cost() + ", after the step "
        + t.trace().costAfter() + ")");
    if (csv != null) {
      List<Path> files = TraceCsv.write(t.trace(), csv);
      stdout.println("wrote " + files.size() + " CSV files into " + csv);
      if (mb != null) {
        Path dir = csv.resolve("batch");
        stdout.println("wrote " + BatchCsv.write(mb, dir).size() + " CSV files of the mini-batch into " + dir);
      }
    }
    if (mb != null) {
      int[] lj = BatchText.defaultNeuron(mb);
      stdout.println();
      stdout.print(BatchText.text(mb, BatchText.of(mb, lj[0], lj[1], BatchText.defaultInput(mb, lj[0], lj[1])), "test"));
      stdout.println("(the neuron of layer " + (lj[0] + 1) + " whose bias the batch moves most, and its weight that"
          + " moves most; every number is in the file)");
    }
    return 0;
  }
}
