package dev.glassbox.cli;

import dev.glassbox.io.AtomicFile;
import dev.glassbox.trace.TraceCsv;
import dev.glassbox.trace.TraceExport;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox trace}: export one test image's whole trace as JSON (and CSV). */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Record one test image's forward pass, backprop and SGD update and write it as JSON"
        + " (and optionally one CSV per quantity and layer). Formats: docs/formats.md.")
final class TraceCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin ImageSource img;
  @Spec CommandSpec spec;

  @Option(names = "--eta", paramLabel = "η", description = "Learning rate of the update step (default: the model's, else 3.0).")
  Double eta;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write, e.g. trace.json.")
  Path out;

  @Option(names = "--csv", paramLabel = "DIR", description = "Also write CSV files into this folder.")
  Path csv;

  private final TestImages images;

  TraceCommand() {
    this(new DataTestImages());
  }

  TraceCommand(TestImages images) {
    this.images = images;
  }

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    TraceSetup.Traced t = TraceSetup.load(img.model, img.data, img.image, eta, images, err);
    try {
      AtomicFile.write(out, os -> {
        Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
        TraceExport.writeJson(t.trace(), t.imageSource(), w);
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
    }
    return 0;
  }
}
