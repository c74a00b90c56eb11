package dev.glassbox.cli;

import dev.glassbox.data.CsvDatasetReader;
import dev.glassbox.data.CsvDatasetWriter;
import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code glassbox bench-load} (hidden): median load times of the IDX data and of the same training
 * images as a CSV (written to a temp file first), for checking the loaders stay fast.
 */
@Command(
    name = "bench-load",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Time loading the training data from IDX and from CSV (median of several runs).")
final class BenchLoadCommand extends Subcommand {
  @Option(names = "--data", paramLabel = "PATH", description = "MNIST folder (default: the bundled data/).")
  Path data;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs per measurement (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws IOException {
    Path source = CommonOptions.dataOr(data);
    PrintWriter w = out();
    Dataset train = DataLoader.readParts(source).get("train");
    w.printf("training source: %s, %d images%n", train.source(), train.size());
    w.printf("readParts (IDX train + test)  median %.3f s%n", median(() -> DataLoader.readParts(source)));
    w.printf("load (split: train/val/test)  median %.3f s%n", median(() -> DataLoader.load(source)));
    Path csv = Files.createTempFile("glassbox-bench", ".csv");
    try {
      CsvDatasetWriter.write(train, csv, false);
      w.printf("CSV %d rows, %d MB           median %.3f s%n", train.size(), Files.size(csv) >> 20,
          median(() -> CsvDatasetReader.read(csv)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Files.deleteIfExists(csv);
    }
    w.flush();
    return 0;
  }

  private double median(Supplier<Object> load) {
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      load.get();
      seconds[r] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }
}
