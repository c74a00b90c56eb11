package dev.glassbox.cli;

import dev.glassbox.data.CsvDatasetWriter;
import dev.glassbox.data.DataException;
import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.IdxWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glassbox convert}: IDX to CSV and CSV to IDX, losslessly, never leaving half a file. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description =
        "Convert MNIST between IDX and CSV (label,p0..p783), losslessly. --to FILE.csv[.gz]: one"
            + " CSV.  --to NAME-images-idx3-ubyte[.gz]: an IDX pair (labels beside it). --to FOLDER:"
            + " every part of --from; CSV input becomes IDX (train-*, t10k-*, gzip), anything else"
            + " becomes CSV (mnist_train.csv, mnist_test.csv). Outputs are written to a temporary file"
            + " and moved into place when complete.")
final class ConvertCommand extends Subcommand {
  @Option(names = "--from", required = true, paramLabel = "PATH",
      description = "An MNIST folder, an IDX images file (labels beside it), a CSV file or folder, or an image folder.")
  Path from;

  @Option(names = "--to", required = true, paramLabel = "PATH", description = "Output file or folder (see above).")
  Path to;

  @Option(names = "--header", description = "Write a header row label,pixel0,...,pixel783 (CSV output only).")
  boolean header;

  @Mixin Limit limit;

  @Option(names = "--force", description = "Overwrite existing output files.")
  boolean force;

  /** One file (or IDX pair) to write. */
  private record Output(Dataset data, Path file, Path labels) {}

  @Override
  public Integer call() {
    boolean csvIn = DataLoader.isCsv(from);
    Map<String, Dataset> parts = DataLoader.readParts(from);
    List<Output> outputs = plan(parts, csvIn);
    for (Output o : outputs) {
      for (Path p : o.labels == null ? List.of(o.file) : List.of(o.file, o.labels)) {
        if (Files.exists(p) && !force) {
          throw new DataException(p, null, "already exists; use --force to overwrite it");
        }
      }
    }
    PrintWriter w = out();
    for (Output o : outputs) {
      if (o.labels == null) {
        CsvDatasetWriter.write(o.data, o.file, header);
        w.println("Wrote " + o.file + " (" + o.data.size() + " images, "
            + (o.data.labeled() ? "labeled" : "unlabeled") + (header ? ", with header" : "") + ")");
      } else {
        IdxWriter.write(o.data, o.file, o.labels);
        w.println("Wrote " + o.file + " and " + o.labels.getFileName() + " (" + o.data.size() + " images)");
      }
    }
    w.flush();
    return 0;
  }

  private List<Output> plan(Map<String, Dataset> parts, boolean csvIn) {
    String name = to.getFileName() == null ? "" : to.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean toCsv = name.endsWith(".csv") || name.endsWith(".csv.gz");
    boolean toIdx = name.contains("idx3");
    List<Output> outputs = new ArrayList<>();
    if (toCsv || toIdx) {
      if (parts.size() != 1) {
        throw new DataException(from, null, "holds " + parts.size() + " parts " + parts.keySet()
            + "; give a folder as --to to convert them all");
      }
      Dataset d = limited(parts.values().iterator().next());
      outputs.add(toCsv ? new Output(d, to, null) : new Output(d, to, labelsBeside(to)));
      return outputs;
    }
    if (Files.exists(to) && !Files.isDirectory(to)) {
      throw new DataException(to, null,
          "is a file; --to must end in .csv, contain idx3 (an IDX images file), or be a folder");
    }
    for (Map.Entry<String, Dataset> e : parts.entrySet()) {
      String part = e.getKey().replace("-images-idx3-ubyte", "");
      Dataset d = limited(e.getValue());
      if (csvIn) {
        String prefix = part.equals("test") ? "t10k" : part;
        outputs.add(new Output(d, to.resolve(prefix + "-images-idx3-ubyte.gz"),
            to.resolve(prefix + "-labels-idx1-ubyte.gz")));
      } else {
        String file = part.equals("train") || part.equals("test") ? "mnist_" + part : part;
        outputs.add(new Output(d, to.resolve(file + ".csv"), null));
      }
    }
    return outputs;
  }

  private Dataset limited(Dataset d) {
    return limit.n() > 0 ? d.limit(limit.n()) : d;
  }

  /** {@code x-images-idx3-ubyte[.gz]} -> {@code x-labels-idx1-ubyte[.gz]} in the same folder. */
  private static Path labelsBeside(Path images) {
    String n = images.getFileName().toString();
    String labels = n.replace("images", "labels").replace("idx3", "idx1");
    return images.resolveSibling(labels);
  }
}
