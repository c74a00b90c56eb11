package dev.glassbox.cli;

import dev.glassbox.network.Network;
import dev.glassbox.trace.ModelCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glassbox export --csv DIR}: a model's weights and biases as CSV files. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Write a model's weights and biases as CSV files (one per layer and kind).",
    description = "Write each layer's weights (layerL_w.csv: row j, columns k0.. = w^L_jk, the book's"
        + " layer numbers with the input as layer 1) and biases (layerL_b.csv) as CSV, for a"
        + " spreadsheet or numpy. The model file itself is documented in docs/formats.md.")
final class ExportCommand extends Subcommand {
  @Mixin ModelOptions modelOptions;

  @Option(names = "--csv", required = true, paramLabel = "DIR", description = "Folder to write the CSV files into.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Network net = modelOptions.load().network();
    List<Path> files = ModelCsv.write(net, dir);
    PrintWriter w = out();
    w.println("Wrote " + files.size() + " files for " + net.sizesString() + " into " + dir + ":");
    for (Path f : files) {
      w.println("  " + f.getFileName());
    }
    return 0;
  }
}
